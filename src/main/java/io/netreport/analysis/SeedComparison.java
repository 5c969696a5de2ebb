package io.netreport.analysis;

import io.netreport.config.Initialization;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * Baseline against challenger on one network over every seed: how often the challenger ends with
 * the lower validation loss, the mean percentages, and a paired t-test of the final validation
 * losses (seed by seed, the same seed drawing both initializations).
 *
 * @param seeds          the per-seed comparisons
 * @param compared       seeds where both runs have final figures
 * @param challengerWins of those, seeds where the challenger's final validation loss is lower
 * @param test           empty with fewer than two compared seeds, or when the loss difference is the
 *                       same in every seed (no spread to test against)
 */
public record SeedComparison(String network, Initialization baseline, Initialization challenger, List<Comparison> seeds,
                             int compared, int challengerWins, MeanSd lossReduction, MeanSd accuracyImprovement,
                             Optional<PairedTest> test) {

    /**
     * A two-sided paired t-test of baseline minus challenger final validation loss.
     *
     * @param meanDifference mean of (baseline loss - challenger loss)
     */
    public record PairedTest(double meanDifference, double t, int degreesOfFreedom, double p) {
    }

    public SeedComparison {
        seeds = List.copyOf(seeds);
    }

    public static SeedComparison of(List<Comparison> seeds) {
        Comparison first = seeds.get(0);
        List<Comparison> complete = seeds.stream()
                .filter(c -> c.baselineRun().last().isPresent() && c.challengerRun().last().isPresent()).toList();
        double[] baselineLoss = complete.stream().mapToDouble(c -> c.baselineRun().last().get().validationLoss()).toArray();
        double[] challengerLoss = complete.stream().mapToDouble(c -> c.challengerRun().last().get().validationLoss()).toArray();
        int wins = 0;
        for (int i = 0; i < baselineLoss.length; i++) {
            wins += challengerLoss[i] < baselineLoss[i] ? 1 : 0;
        }
        MeanSd reduction = MeanSd.of(seeds.stream().mapToDouble(c -> c.lossReduction().orElse(Double.NaN)).toArray());
        MeanSd improvement = MeanSd.of(seeds.stream().mapToDouble(c -> c.accuracyImprovement().orElse(Double.NaN)).toArray());
        return new SeedComparison(first.network(), first.baseline(), first.challenger(), seeds, complete.size(), wins,
                reduction, improvement, pairedTest(baselineLoss, challengerLoss));
    }

    static Optional<PairedTest> pairedTest(double[] baseline, double[] challenger) {
        if (baseline.length < 2) {
            return Optional.empty();
        }
        double[] differences = new double[baseline.length];
        for (int i = 0; i < baseline.length; i++) {
            differences[i] = baseline[i] - challenger[i];
        }
        MeanSd d = MeanSd.of(differences);
        if (d.sd() == 0) {
            return Optional.empty();
        }
        TTest test = new TTest();
        return Optional.of(new PairedTest(d.mean(), test.pairedT(baseline, challenger), baseline.length - 1,
                test.pairedTTest(baseline, challenger)));
    }
}
