package io.netreport.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A seeded split of one CSV file into train, validation and an optional test part.
 *
 * @param train      fraction of rows for training
 * @param validation fraction of rows for validation
 * @param test       fraction of rows held out for testing (0 for none)
 * @param stratify   keep each part's class proportions those of the whole file (default true)
 * @param seed       seed of the shuffle (default 42)
 */
public record SplitConfig(
        @JsonProperty("train") Double train,
        @JsonProperty("validation") Double validation,
        @JsonProperty("test") Double test,
        @JsonProperty("stratify") Boolean stratify,
        @JsonProperty("seed") Long seed) {

    static final double TOLERANCE = 1e-9;

    public SplitConfig {
        train = fraction("train", InvalidConfigException.require("train", train));
        validation = fraction("validation", InvalidConfigException.require("validation", validation));
        test = fraction("test", test == null ? 0.0 : test);
        if (train <= 0) {
            throw new InvalidConfigException("train", "must be above 0, found " + train);
        }
        if (validation <= 0) {
            throw new InvalidConfigException("validation", "must be above 0, found " + validation);
        }
        double sum = train + validation + test;
        if (Math.abs(sum - 1.0) > TOLERANCE) {
            throw new InvalidConfigException("train", "train, validation and test must sum to 1, found "
                    + train + " + " + validation + " + " + test + " = " + sum);
        }
        stratify = stratify == null || stratify;
        seed = seed == null ? 42L : seed;
    }

    private static double fraction(String key, double value) {
        if (!Double.isFinite(value) || value < 0 || value > 1) {
            throw new InvalidConfigException(key, "must be a fraction between 0 and 1, found " + value);
        }
        return value;
    }

    public boolean hasTest() {
        return test > 0;
    }
}
