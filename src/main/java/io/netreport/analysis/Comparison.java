package io.netreport.analysis;

import io.netreport.config.Initialization;
import java.util.Optional;

/**
 * Baseline against challenger initialization on one network and seed, at the last iteration. The
 * percentages are empty when either run has no figures (it diverged) or the baseline is zero.
 *
 * @param lossReduction        (loss_B - loss_C) / loss_B x 100 on validation loss
 * @param accuracyImprovement  (acc_C - acc_B) / acc_B x 100 on validation accuracy
 */
public record Comparison(String network, Initialization baseline, Initialization challenger,
                         RunAnalysis baselineRun, RunAnalysis challengerRun,
                         Optional<Double> lossReduction, Optional<Double> accuracyImprovement) {

    /** The seed both runs were initialized with. */
    public long seed() {
        return baselineRun.run().spec().seed();
    }

    public static Comparison of(RunAnalysis baselineRun, RunAnalysis challengerRun) {
        Optional<Double> reduction = Optional.empty();
        Optional<Double> improvement = Optional.empty();
        if (baselineRun.last().isPresent() && challengerRun.last().isPresent()) {
            Figures b = baselineRun.last().get();
            Figures c = challengerRun.last().get();
            reduction = percentChange(b.validationLoss(), b.validationLoss() - c.validationLoss());
            improvement = percentChange(b.validationAccuracy(), c.validationAccuracy() - b.validationAccuracy());
        }
        return new Comparison(baselineRun.run().spec().network().name(), baselineRun.run().spec().initialization(),
                challengerRun.run().spec().initialization(), baselineRun, challengerRun, reduction, improvement);
    }

    /** {@code change / base x 100}; empty for a zero base, where no percentage is meaningful. */
    static Optional<Double> percentChange(double base, double change) {
        return base == 0 ? Optional.empty() : Optional.of(change / base * 100);
    }
}
