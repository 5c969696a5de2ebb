package io.netreport.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Explicit train, validation and optional test files, paths relative to the config file.
 */
public record SplitFiles(
        @JsonProperty("train") String train,
        @JsonProperty("validation") String validation,
        @JsonProperty("test") String test) {

    public SplitFiles {
        InvalidConfigException.require("train", train);
        InvalidConfigException.require("validation", validation);
    }
}
