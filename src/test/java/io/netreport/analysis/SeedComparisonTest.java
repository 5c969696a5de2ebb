package io.netreport.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netreport.config.Initialization;
import io.netreport.config.NetworkSpec;
import io.netreport.config.TrainingConfig;
import io.netreport.train.RunSpec;
import io.netreport.train.TrainingHistory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedComparisonTest {

    @Test
    void meanAndSampleStandardDeviation() {
        MeanSd s = MeanSd.of(2, 4, 4, 4, 5, 5, 7, 9);

        assertEquals(5, s.mean(), 1e-15);
        assertEquals(Math.sqrt(32 / 7.0), s.sd(), 1e-15);
        assertEquals(8, s.n());
        assertEquals(new MeanSd(3, 0, 1), MeanSd.of(3));
        assertEquals(1, MeanSd.of(Double.NaN, 3).n(), "a missing figure is left out");
    }

    @Test
    void countsWinsAndAveragesThePercentagesOverSeeds() {
        SeedComparison c = SeedComparison.of(comparisons(new double[] {0.60, 0.50, 0.70}, new double[] {0.45, 0.40, 0.72}));

        assertEquals(3, c.compared());
        assertEquals(2, c.challengerWins());
        MeanSd reduction = MeanSd.of(25, 20, (0.70 - 0.72) / 0.70 * 100);
        assertEquals(reduction.mean(), c.lossReduction().mean(), 1e-12);
        assertEquals(reduction.sd(), c.lossReduction().sd(), 1e-12);
    }

    @Test
    void pairedTTestWithTwoSeedsMatchesTheCauchyDistribution() {
        // one degree of freedom: Student's t is the Cauchy distribution, two-sided p = 1 - 2 atan(|t|) / pi
        SeedComparison c = SeedComparison.of(comparisons(new double[] {0.60, 0.50}, new double[] {0.45, 0.40}));

        double d1 = 0.15;
        double d2 = 0.10;
        double mean = (d1 + d2) / 2;
        double sd = Math.sqrt(((d1 - mean) * (d1 - mean) + (d2 - mean) * (d2 - mean)) / 1);
        double t = mean / (sd / Math.sqrt(2));
        SeedComparison.PairedTest test = c.test().orElseThrow();
        assertEquals(1, test.degreesOfFreedom());
        assertEquals(t, test.t(), 1e-9);
        assertEquals(mean, test.meanDifference(), 1e-15);
        assertEquals(1 - 2 * Math.atan(t) / Math.PI, test.p(), 1e-9);
    }

    @Test
    void pairedTTestWithThreeSeedsMatchesTheClosedFormForTwoDegreesOfFreedom() {
        // two degrees of freedom: two-sided p = 1 - |t| / sqrt(t^2 + 2)
        SeedComparison c = SeedComparison.of(comparisons(new double[] {0.60, 0.50, 0.70}, new double[] {0.45, 0.40, 0.72}));

        SeedComparison.PairedTest test = c.test().orElseThrow();
        double t = test.t();
        double[] d = {0.15, 0.10, -0.02};
        MeanSd s = MeanSd.of(d);
        assertEquals(s.mean() / (s.sd() / Math.sqrt(3)), t, 1e-9);
        assertEquals(1 - Math.abs(t) / Math.sqrt(t * t + 2), test.p(), 1e-9);
    }

    @Test
    void noTestWithOneSeedOrWithTheSameDifferenceInEverySeed() {
        assertTrue(SeedComparison.of(comparisons(new double[] {0.6}, new double[] {0.5})).test().isEmpty());
        assertTrue(SeedComparison.of(comparisons(new double[] {0.6, 0.6}, new double[] {0.5, 0.5})).test().isEmpty());
    }

    private static List<Comparison> comparisons(double[] baselineLoss, double[] challengerLoss) {
        List<Comparison> comparisons = new ArrayList<>();
        for (int s = 0; s < baselineLoss.length; s++) {
            comparisons.add(Comparison.of(run(Initialization.RANDOM, s + 1, baselineLoss[s]), run(Initialization.HE, s + 1, challengerLoss[s])));
        }
        return comparisons;
    }

    private static RunAnalysis run(Initialization init, long seed, double finalValidationLoss) {
        TrainingHistory history = new TrainingHistory(new double[] {0.7}, new double[] {0.6}, new double[] {finalValidationLoss},
                new double[] {0.7}, 1, 0);
        RunSpec spec = new RunSpec(new NetworkSpec("n", List.of(4)), init, new TrainingConfig(0.1, 1, 1, 1L), seed);
        return Runs.analysis(spec, new int[] {8, 4, 1}, history);
    }
}
