package io.netreport.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What to do with a CSV row that has an empty cell, {@code NA} or {@code ?}. */
public enum MissingValues {
    /** Stop with an error naming the row and column. */
    FAIL,
    /** Leave the row out and say how many rows were dropped. */
    DROP;

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static MissingValues fromKey(String key) {
        for (MissingValues value : values()) {
            if (value.key().equals(key)) {
                return value;
            }
        }
        throw new InvalidConfigException("", "unknown value '" + key + "'; valid ones are fail, drop");
    }
}
