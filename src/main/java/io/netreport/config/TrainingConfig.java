package io.netreport.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Hyper-parameters of full-batch gradient descent, shared by every run.
 *
 * @param learningRate   alpha, a positive finite number (default 0.1)
 * @param iterations     k, the number of updates (default 1000)
 * @param reportInterval the tables list figures every this many iterations (default 100)
 * @param seed           seed of the weight initialization (default 1)
 */
public record TrainingConfig(
        @JsonProperty("learning_rate") Double learningRate,
        @JsonProperty("iterations") Integer iterations,
        @JsonProperty("report_interval") Integer reportInterval,
        @JsonProperty("seed") Long seed) {

    public TrainingConfig {
        learningRate = learningRate == null ? 0.1 : learningRate;
        iterations = iterations == null ? 1000 : iterations;
        reportInterval = reportInterval == null ? Math.min(100, iterations) : reportInterval;
        seed = seed == null ? 1L : seed;
        if (!Double.isFinite(learningRate) || learningRate <= 0) {
            throw new InvalidConfigException("learning_rate", "must be a positive finite number, found " + learningRate);
        }
        if (iterations < 1) {
            throw new InvalidConfigException("iterations", "must be at least 1, found " + iterations);
        }
        if (reportInterval < 1 || reportInterval > iterations) {
            throw new InvalidConfigException("report_interval",
                    "must be between 1 and iterations (" + iterations + "), found " + reportInterval);
        }
    }

    /** Defaults for a config without a {@code training} section. */
    public static TrainingConfig defaults() {
        return new TrainingConfig(null, null, null, null);
    }
}
