package io.netreport.train;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A finished run: what produced it, the network's size and work, and what it recorded.
 *
 * @param widths             layer widths from the input to the output unit
 * @param parameterCount     weights and biases
 * @param flopsPerIteration  floating-point operations of the matrix products in one iteration
 */
public record RunResult(RunSpec spec, int[] widths, long parameterCount, long flopsPerIteration, RunRecord record) {

    public RunResult {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(record, "record");
        widths = widths.clone();
    }

    public TrainingHistory history() {
        return record.history();
    }

    public List<DiagnosticsSnapshot> diagnostics() {
        return record.diagnostics();
    }

    public Optional<TestPredictions> test() {
        return record.test();
    }
}
