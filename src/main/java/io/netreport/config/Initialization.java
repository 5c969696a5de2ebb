package io.netreport.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The weight initialization schemes a config can name. Each scales standard normal draws by a
 * factor of the layer's fan-in; biases always start at zero.
 */
public enum Initialization {
    ZERO("zero", "W = 0"),
    RANDOM("random", "W ~ N(0, 1) · 0.01"),
    XAVIER("xavier", "W ~ N(0, 1) · √(1 / n_prev)"),
    HE("he", "W ~ N(0, 1) · √(2 / n_prev)");

    private final String key;
    private final String formula;

    Initialization(String key, String formula) {
        this.key = key;
        this.formula = formula;
    }

    /** The name used in the config file and in file names. */
    @JsonValue
    public String key() {
        return key;
    }

    /** The rule in plain text, for tables and captions; its name for readers is in the site's message bundles. */
    public String formula() {
        return formula;
    }

    /** Scale applied to standard normal draws for a layer with {@code fanIn} inputs. */
    public double scale(int fanIn) {
        return switch (this) {
            case ZERO -> 0.0;
            case RANDOM -> 0.01;
            case XAVIER -> StrictMath.sqrt(1.0 / fanIn);
            case HE -> StrictMath.sqrt(2.0 / fanIn);
        };
    }

    @JsonCreator
    public static Initialization fromKey(String key) {
        for (Initialization init : values()) {
            if (init.key.equals(key)) {
                return init;
            }
        }
        throw new InvalidConfigException("", "unknown initialization '" + key + "'; valid ones are " + validKeys());
    }

    static String validKeys() {
        return Arrays.stream(values()).map(Initialization::key).collect(Collectors.joining(", "));
    }
}
