package io.netreport.site;

import io.netreport.nn.LayerDiagnostics;
import io.netreport.train.DiagnosticsSnapshot;
import io.netreport.train.TrainingHistory;
import java.util.List;

/**
 * A run's recorded figures as CSV, one row per iteration. Numbers are written in Java's shortest
 * round-trip form, so reading them back gives the exact doubles of {@code results.json}.
 */
final class HistoryCsv {

    static final String HEADER = "iteration,train_loss,train_accuracy,validation_loss,validation_accuracy\n";

    private HistoryCsv() {
    }

    static String of(TrainingHistory history) {
        StringBuilder csv = new StringBuilder(HEADER.length() + history.iterations() * 90).append(HEADER);
        for (int i = 0; i < history.iterations(); i++) {
            csv.append(i + 1).append(',').append(history.trainLoss()[i]).append(',').append(history.trainAccuracy()[i])
                    .append(',').append(history.validationLoss()[i]).append(',').append(history.validationAccuracy()[i])
                    .append('\n');
        }
        return csv.toString();
    }

    static final String LAYERS_HEADER = "iteration,layer,pre_activation_mean,pre_activation_sd,activation_mean,activation_sd,"
            + "dead_fraction,unit_spread,weight_norm,weight_gradient_norm,backpropagated_gradient_norm,update_ratio,"
            + "train_positive_predictions,validation_positive_predictions\n";

    /**
     * A run's per-layer diagnostics as CSV, one row per recorded iteration and weight layer (1 = the
     * first); a figure that does not apply to a layer is an empty cell.
     */
    static String layers(List<DiagnosticsSnapshot> diagnostics) {
        StringBuilder csv = new StringBuilder(LAYERS_HEADER);
        for (DiagnosticsSnapshot s : diagnostics) {
            for (int l = 0; l < s.layers().size(); l++) {
                LayerDiagnostics d = s.layers().get(l);
                csv.append(s.iteration()).append(',').append(l + 1);
                for (double v : new double[] {d.preActivationMean(), d.preActivationSd(), d.activationMean(), d.activationSd(),
                        d.deadFraction(), d.unitSpread(), d.weightNorm(), d.weightGradientNorm(), d.backpropagatedGradientNorm(),
                        d.updateRatio()}) {
                    csv.append(',');
                    if (!Double.isNaN(v)) {
                        csv.append(v);
                    }
                }
                csv.append(',').append(s.trainPositivePredictions()).append(',').append(s.validationPositivePredictions()).append('\n');
            }
        }
        return csv.toString();
    }
}
