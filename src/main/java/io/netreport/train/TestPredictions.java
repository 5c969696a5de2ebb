package io.netreport.train;

import java.util.Objects;

/**
 * The network's outputs on the test part, computed once with the parameters of the iteration of
 * minimum validation loss (the earliest on ties).
 *
 * @param iteration the checkpoint's iteration
 * @param logits    one output logit per test sample
 * @param labels    the test labels, 1.0 positive and 0.0 negative
 */
public record TestPredictions(int iteration, double[] logits, double[] labels) {

    public TestPredictions {
        Objects.requireNonNull(logits, "logits");
        if (logits.length != labels.length) {
            throw new IllegalArgumentException(logits.length + " logits for " + labels.length + " labels");
        }
        if (iteration < 1) {
            throw new IllegalArgumentException("iteration must be at least 1, found " + iteration);
        }
    }
}
