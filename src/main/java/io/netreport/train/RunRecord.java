package io.netreport.train;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one training run records, and what the results cache keeps.
 *
 * @param history     loss and accuracy after every update
 * @param diagnostics per-layer diagnostics at iteration 0, at every report interval and at the last
 *                    recorded iteration, in iteration order
 * @param test        outputs on the test part at the minimum-validation-loss checkpoint; empty
 *                    without a test part or for a run without any recorded iteration
 */
public record RunRecord(TrainingHistory history, List<DiagnosticsSnapshot> diagnostics, Optional<TestPredictions> test) {

    public RunRecord {
        Objects.requireNonNull(history, "history");
        diagnostics = List.copyOf(diagnostics);
        Objects.requireNonNull(test, "test");
        for (int i = 1; i < diagnostics.size(); i++) {
            if (diagnostics.get(i).iteration() <= diagnostics.get(i - 1).iteration()) {
                throw new IllegalArgumentException("diagnostics must be in increasing iteration order");
            }
        }
    }
}
