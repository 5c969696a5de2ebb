package io.netreport.train;

import io.netreport.nn.LayerDiagnostics;
import java.util.List;

/**
 * The per-layer diagnostics of a run after {@code iteration} updates (0: as initialized), with the
 * gradient that the next update would use, and how many samples the network then predicts positive.
 *
 * @param layers                        one entry per weight layer, input side first
 * @param trainPositivePredictions      train samples with a predicted probability of at least 0.5
 * @param validationPositivePredictions the same on the validation part
 */
public record DiagnosticsSnapshot(int iteration, List<LayerDiagnostics> layers, int trainPositivePredictions,
                                  int validationPositivePredictions) {

    public DiagnosticsSnapshot {
        if (iteration < 0) {
            throw new IllegalArgumentException("iteration must be at least 0, found " + iteration);
        }
        layers = List.copyOf(layers);
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("a network has at least one layer");
        }
    }
}
