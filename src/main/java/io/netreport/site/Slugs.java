package io.netreport.site;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Safe, unique file-name parts for user-given names: lower-case ASCII letters, digits and dashes
 * only (so no path separators, no {@code ..}, nothing hidden), never a reserved device name, and
 * distinct names always get distinct slugs.
 */
public final class Slugs {

    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");
    private static final int MAX_LENGTH = 60;

    private Slugs() {
    }

    /** A slug per name, in the given order; a later name whose slug is taken gets {@code -2}, {@code -3}, .... */
    public static Map<String, String> unique(List<String> names) {
        Map<String, String> slugs = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String name : names) {
            if (slugs.containsKey(name)) {
                continue;
            }
            String base = of(name);
            String slug = base;
            for (int n = 2; !taken.add(slug); n++) {
                slug = base + "-" + n;
            }
            slugs.put(name, slug);
        }
        return slugs;
    }

    /** The slug of one name, not yet made unique. */
    public static String of(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        if (slug.isEmpty()) {
            slug = "network";
        }
        if (RESERVED.contains(slug)) {
            slug = "n-" + slug;
        }
        return slug;
    }
}
