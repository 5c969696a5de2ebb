package io.netreport.config;

/**
 * Thrown by a config record's constructor when a value is not valid. The key is relative to the
 * record that threw; {@link ConfigLoader} prefixes the path of that record in the file and the
 * file's name and position.
 */
public final class InvalidConfigException extends IllegalArgumentException {

    private final String key;

    public InvalidConfigException(String key, String message) {
        super(message);
        this.key = key;
    }

    /** The offending key, relative to the record that rejected it (for example {@code learning_rate}). */
    public String key() {
        return key;
    }

    static <T> T require(String key, T value) {
        if (value == null) {
            throw new InvalidConfigException(key, "missing required key");
        }
        return value;
    }
}
