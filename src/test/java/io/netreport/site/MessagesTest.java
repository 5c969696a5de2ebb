package io.netreport.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netreport.InputException;
import io.netreport.TestSites;
import io.netreport.analysis.MeanSd;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

    @Test
    void everyLanguageTranslatesEveryEnglishKeyWithTheSamePlaceholders() throws IOException {
        Properties english = read("en");
        try (Stream<Path> bundles = Files.list(TestSites.TEMPLATES.resolve(Messages.FOLDER))) {
            for (Path bundle : bundles.toList()) {
                String language = bundle.getFileName().toString().replace(".properties", "");
                Properties words = read(language);
                assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(words.stringPropertyNames()), language);
                for (String key : english.stringPropertyNames()) {
                    assertEquals(placeholders(english.getProperty(key)), placeholders(words.getProperty(key)), language + ": " + key);
                }
            }
        }
    }

    @Test
    void fillsPlaceholdersAsTextAndNamesTheBundlesOfAnUnknownLanguage() {
        Messages messages = Messages.load(TestSites.TEMPLATES, "en");

        assertEquals("Validation loss was reduced by it's {x}.", messages.get("comparison.loss-reduced", "it's {x}"));
        InputException e = assertThrows(InputException.class, () -> Messages.load(TestSites.TEMPLATES, "xx"));
        assertTrue(e.getMessage().contains("xx.properties: message bundle not found; the language must be one of en, fa"), e.getMessage());
    }

    @Test
    void persianDigitsReplaceWesternDigitsAndTheDecimalPoint() {
        Format persian = Format.of(Messages.load(TestSites.TEMPLATES, "fa"), true);
        Format western = Format.of(Messages.load(TestSites.TEMPLATES, "fa"), false);

        assertEquals("۰٫۶۴۹۴", persian.fixed(0.64941, 4));
        assertEquals("۱۲.۳۴ ٪", persian.percent(12.34).replace('٫', '.').replace('\u00a0', ' '));
        assertEquals("۰٫۵۰۰۰ ± ۰٫۱۰۰۰", persian.meanSd(new MeanSd(0.5, 0.1, 3), 4));
        assertEquals("۱٫۱e-۵", persian.scientific(1.1e-5));
        assertEquals("5-layer", persian.digits("5-layer").replace('۵', '5'));
        assertEquals("0.6494", western.fixed(0.64941, 4));
    }

    private static int placeholders(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    private static Properties read(String language) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(TestSites.TEMPLATES.resolve(Messages.FOLDER).resolve(language + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
