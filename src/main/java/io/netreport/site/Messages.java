package io.netreport.site;

import io.netreport.InputException;
import io.netreport.config.Initialization;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Every word the site shows, in one language: {@code templates/messages/<language>.properties},
 * read as UTF-8, with English filling any key the language lacks. Adding a language is adding one
 * file. Placeholders are {@code {0}}, {@code {1}}, ... and are replaced as text (no
 * {@code MessageFormat}: its quoting rules would mangle apostrophes and its number formatting
 * would depend on the locale).
 */
public final class Messages {

    static final String FOLDER = "messages";

    private final String language;
    private final Properties words;
    private final Properties english;

    private Messages(String language, Properties words, Properties english) {
        this.language = language;
        this.words = words;
        this.english = english;
    }

    /** The messages of a language from a templates folder; a missing bundle names the ones there are. */
    public static Messages load(Path templates, String language) {
        Path folder = templates.resolve(FOLDER);
        Properties english = read(folder.resolve("en.properties"), folder);
        Properties words = language.equals("en") ? english : read(folder.resolve(language + ".properties"), folder);
        return new Messages(language, words, english);
    }

    public String language() {
        return language;
    }

    /** {@code rtl} or {@code ltr}, from the bundle's {@code direction} key. */
    public String direction() {
        return get("direction");
    }

    /** The message of a key with its placeholders filled; a key no bundle has is a template error. */
    public String get(String key, Object... args) {
        String text = words.getProperty(key, english.getProperty(key));
        if (text == null) {
            throw new InputException("messages/" + language + ".properties: no message '" + key
                    + "' (and none in en.properties); add it to the templates' message bundles");
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** The name of an initialization: {@code init.<key>}. */
    public String initialization(Initialization init) {
        return get("init." + init.key());
    }

    private static Properties read(Path file, Path folder) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": message bundle not found; the language must be one of " + available(folder)
                    + " (one <language>.properties file each in " + folder + ")");
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new InputException(file + ": not a valid properties file: " + e.getMessage(), e);
        }
        return properties;
    }

    private static String available(Path folder) {
        if (!Files.isDirectory(folder)) {
            return "(none: the folder is missing)";
        }
        try (Stream<Path> files = Files.list(folder)) {
            return String.join(", ", files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".properties"))
                    .map(n -> n.substring(0, n.length() - ".properties".length())).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
