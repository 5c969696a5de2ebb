package io.netreport.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One network to train: a name and the sizes of its hidden layers. The input width comes from the
 * data and the output is one sigmoid unit.
 */
public record NetworkSpec(
        @JsonProperty("name") String name,
        @JsonProperty("hidden") List<Integer> hidden) {

    public NetworkSpec {
        InvalidConfigException.require("name", name);
        if (name.isBlank()) {
            throw new InvalidConfigException("name", "must not be blank");
        }
        hidden = hidden == null ? List.of() : List.copyOf(hidden);
        for (int i = 0; i < hidden.size(); i++) {
            Integer size = hidden.get(i);
            if (size == null || size < 1) {
                throw new InvalidConfigException("hidden[" + i + "]", "a hidden layer size must be at least 1, found " + size);
            }
        }
    }

    /** Depth the way the original report counts it: layers including the input layer. */
    public int depth() {
        return hidden.size() + 2;
    }
}
