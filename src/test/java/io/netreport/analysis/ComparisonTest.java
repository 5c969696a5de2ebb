package io.netreport.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netreport.config.Initialization;
import io.netreport.config.NetworkSpec;
import io.netreport.config.TrainingConfig;
import io.netreport.train.RunSpec;
import io.netreport.train.TrainingHistory;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    private static final NetworkSpec NETWORK = new NetworkSpec("5-layer", List.of(16, 8, 4));

    /** The original report's 5-layer row: x0.01 against sqrt(2/n), final validation figures. */
    @Test
    void reproducesTheOriginalReportsPercentages() {
        Comparison c = Comparison.of(run(Initialization.RANDOM, 0.720011, 0.593750), run(Initialization.HE, 0.375110, 0.875000));

        // (0.720011 - 0.375110) / 0.720011 x 100 = 47.902...; (0.875 - 0.59375) / 0.59375 x 100 = 47.368...
        assertEquals(47.90, c.lossReduction().orElseThrow(), 0.005);
        assertEquals(47.37, c.accuracyImprovement().orElseThrow(), 0.005);
    }

    @Test
    void keepsNegativeChangesAsTheyAre() {
        // The original report's 2-layer row printed "reduced by -0.22 %" and "improved by -2.56 %".
        Comparison c = Comparison.of(run(Initialization.RANDOM, 0.437243, 0.812500), run(Initialization.HE, 0.438222, 0.791667));

        assertEquals(-0.224, c.lossReduction().orElseThrow(), 0.001);
        assertEquals(-2.564, c.accuracyImprovement().orElseThrow(), 0.001);
    }

    @Test
    void hasNoPercentageAgainstAZeroBaseline() {
        Comparison c = Comparison.of(run(Initialization.ZERO, 0.5, 0.0), run(Initialization.HE, 0.4, 0.8));

        assertEquals(20.0, c.lossReduction().orElseThrow(), 1e-12);
        assertTrue(c.accuracyImprovement().isEmpty());
    }

    @Test
    void hasNoPercentagesWhenARunHasNoFigures() {
        RunAnalysis diverged = Runs.analysis(spec(Initialization.HE), new int[] {8, 1},
                new TrainingHistory(new double[0], new double[0], new double[0], new double[0], 3, 1));

        Comparison c = Comparison.of(run(Initialization.RANDOM, 0.5, 0.7), diverged);

        assertTrue(c.lossReduction().isEmpty());
        assertTrue(c.accuracyImprovement().isEmpty());
    }

    @Test
    void usesTheLastIterationNotTheBest() {
        TrainingHistory rising = new TrainingHistory(new double[] {0.5, 0.6}, new double[] {0.7, 0.7},
                new double[] {0.4, 0.8}, new double[] {0.9, 0.5}, 2, 0);
        RunAnalysis baseline = Runs.analysis(spec(Initialization.RANDOM), new int[] {8, 1}, rising);

        Comparison c = Comparison.of(baseline, run(Initialization.HE, 0.4, 0.75));

        assertEquals(50.0, c.lossReduction().orElseThrow(), 1e-12);
        assertEquals(50.0, c.accuracyImprovement().orElseThrow(), 1e-12);
    }

    private static RunAnalysis run(Initialization init, double finalValidationLoss, double finalValidationAccuracy) {
        TrainingHistory history = new TrainingHistory(new double[] {0.7, 0.6}, new double[] {0.6, 0.7},
                new double[] {0.9, finalValidationLoss}, new double[] {0.5, finalValidationAccuracy}, 2, 0);
        return Runs.analysis(spec(init), new int[] {8, 16, 8, 4, 1}, history);
    }

    private static RunSpec spec(Initialization init) {
        return new RunSpec(NETWORK, init, new TrainingConfig(0.1, 2, 1, 1L), 1);
    }
}
