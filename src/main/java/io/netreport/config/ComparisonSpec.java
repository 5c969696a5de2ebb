package io.netreport.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A pair of initializations to compare on every network. */
public record ComparisonSpec(
        @JsonProperty("baseline") Initialization baseline,
        @JsonProperty("challenger") Initialization challenger) {

    public ComparisonSpec {
        InvalidConfigException.require("baseline", baseline);
        InvalidConfigException.require("challenger", challenger);
        if (baseline == challenger) {
            throw new InvalidConfigException("challenger", "must differ from the baseline, both are '" + baseline.key() + "'");
        }
    }
}
