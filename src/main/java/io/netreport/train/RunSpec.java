package io.netreport.train;

import io.netreport.config.Initialization;
import io.netreport.config.NetworkSpec;
import io.netreport.config.TrainingConfig;
import java.util.Objects;

/**
 * Everything that determines one training run besides the data: the network, its initialization,
 * the hyper-parameters and the seed of the weight draws.
 */
public record RunSpec(NetworkSpec network, Initialization initialization, TrainingConfig training, long seed) {

    public RunSpec {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(initialization, "initialization");
        Objects.requireNonNull(training, "training");
    }
}
