package io.netreport.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Hyper-parameters of full-batch gradient descent, shared by every run.
 *
 * @param learningRate   alpha, a positive finite number (default 0.1)
 * @param iterations     k, the number of updates (default 1000)
 * @param reportInterval the tables list figures every this many iterations (default 100)
 * @param seed           seed of the weight initialization (default 1)
 * @param seeds          several seeds instead of one: every network is trained under every
 *                       initialization once per seed
 */
public record TrainingConfig(
        @JsonProperty("learning_rate") Double learningRate,
        @JsonProperty("iterations") Integer iterations,
        @JsonProperty("report_interval") Integer reportInterval,
        @JsonProperty("seed") Long seed,
        @JsonProperty("seeds") List<Long> seeds) {

    public TrainingConfig {
        learningRate = learningRate == null ? 0.1 : learningRate;
        iterations = iterations == null ? 1000 : iterations;
        reportInterval = reportInterval == null ? Math.min(100, iterations) : reportInterval;
        if (seed != null && seeds != null) {
            throw new InvalidConfigException("seeds", "give either 'seed' or 'seeds', not both");
        }
        if (seeds != null) {
            checkSeeds(seeds);
            seeds = List.copyOf(seeds);
            seed = seeds.get(0);
        } else {
            seed = seed == null ? 1L : seed;
            seeds = List.of(seed);
        }
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

    /** One run per network and initialization with the given seed. */
    public TrainingConfig(Double learningRate, Integer iterations, Integer reportInterval, Long seed) {
        this(learningRate, iterations, reportInterval, seed, null);
    }

    /** Defaults for a config without a {@code training} section. */
    public static TrainingConfig defaults() {
        return new TrainingConfig(null, null, null, null, null);
    }

    private static void checkSeeds(List<Long> seeds) {
        if (seeds.isEmpty()) {
            throw new InvalidConfigException("seeds", "at least one seed is needed, found none");
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < seeds.size(); i++) {
            if (seeds.get(i) == null) {
                throw new InvalidConfigException("seeds[" + i + "]", "a seed must be a whole number, found nothing");
            }
            if (!seen.add(seeds.get(i))) {
                throw new InvalidConfigException("seeds[" + i + "]", "seed " + seeds.get(i) + " is listed twice");
            }
        }
    }
}
