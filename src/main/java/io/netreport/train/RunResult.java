package io.netreport.train;

import java.util.Objects;

/**
 * A finished run: what produced it, the network's size and work, and its recorded history.
 *
 * @param widths             layer widths from the input to the output unit
 * @param parameterCount     weights and biases
 * @param flopsPerIteration  floating-point operations of the matrix products in one iteration
 */
public record RunResult(RunSpec spec, int[] widths, long parameterCount, long flopsPerIteration, TrainingHistory history) {

    public RunResult {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(history, "history");
        widths = widths.clone();
    }
}
