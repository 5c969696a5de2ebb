package io.netreport.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netreport.config.Initialization;
import io.netreport.config.NetworkSpec;
import io.netreport.config.TrainingConfig;
import io.netreport.nn.LayerDiagnostics;
import io.netreport.train.DiagnosticsSnapshot;
import io.netreport.train.RunSpec;
import io.netreport.train.TrainingHistory;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each diagnosis rule on hand-made histories: it fires when it should, and not otherwise. */
class DiagnosisRulesTest {

    /** Widths of a network with two hidden layers of 4 units: weight layers 1, 2 and the output. */
    private static final int[] WIDTHS = {3, 4, 4, 1};

    @Nested
    class ConstantPrediction {

        @Test
        void firesWhenEverySampleIsPredictedNegative() {
            Finding.ConstantPrediction f = (Finding.ConstantPrediction) find(Symptom.CONSTANT_PREDICTION,
                    snapshots(healthy(), 0, 0)).orElseThrow();

            assertFalse(f.positive());
            assertEquals(32 / 50.0, f.validationAccuracy());
            assertTrue(f.majority(), "32 of 50 validation samples are negative");
        }

        @Test
        void firesWhenEverySampleIsPredictedPositiveAndSaysThatIsTheMinority() {
            Finding.ConstantPrediction f = (Finding.ConstantPrediction) find(Symptom.CONSTANT_PREDICTION,
                    snapshots(healthy(), 100, 50)).orElseThrow();

            assertTrue(f.positive());
            assertEquals(18 / 50.0, f.validationAccuracy());
            assertFalse(f.majority());
        }

        @Test
        void doesNotFireWhenOneSampleDiffers() {
            assertTrue(find(Symptom.CONSTANT_PREDICTION, snapshots(healthy(), 1, 0)).isEmpty());
            assertTrue(find(Symptom.CONSTANT_PREDICTION, snapshots(healthy(), 0, 1)).isEmpty());
            assertTrue(find(Symptom.CONSTANT_PREDICTION, snapshots(healthy(), 100, 49)).isEmpty());
        }
    }

    @Nested
    class Symmetry {

        @Test
        void firesForHiddenLayersWhoseUnitsAreIdentical() {
            List<LayerDiagnostics> layers = List.of(layer(0, 0, 0, 1), layer(0, 0, 0, 1), layer(0, Double.NaN, Double.NaN, 1));

            Finding.SymmetryNotBroken f = (Finding.SymmetryNotBroken) find(Symptom.SYMMETRY_NOT_BROKEN,
                    snapshots(layers, 30, 10)).orElseThrow();

            assertEquals(List.of(1, 2), f.layers());
        }

        @Test
        void doesNotFireOnceUnitsDiffer() {
            List<LayerDiagnostics> layers = List.of(layer(1, 0, 1e-6, 1), layer(1, 0, 0.5, 1), output(1));

            assertTrue(find(Symptom.SYMMETRY_NOT_BROKEN, snapshots(layers, 30, 10)).isEmpty());
        }

        @Test
        void aLayerOfOneUnitHasNothingToBeSymmetricWith() {
            RunSpec spec = spec(List.of(1, 4));
            List<DiagnosticsSnapshot> snapshots = snapshots(List.of(layer(1, 0, 0, 1), layer(1, 0, 0.5, 1), output(1)), 30, 10);

            List<Finding> findings = DiagnosisRules.diagnose(Runs.result(spec, new int[] {3, 1, 4, 1}, flat(100), snapshots),
                    Runs.TRAIN, Runs.VALIDATION);

            assertTrue(findings.stream().noneMatch(f -> f.symptom() == Symptom.SYMMETRY_NOT_BROKEN));
        }
    }

    @Nested
    class VanishingGradients {

        @Test
        void firesWhenTheFirstLayerGetsAThousandthOfTheOutputsGradientOrLess() {
            Finding.VanishingGradients f = (Finding.VanishingGradients) find(Symptom.VANISHING_GRADIENTS,
                    snapshots(gradients(1e-5, 1e-3, 1), 30, 10)).orElseThrow();

            assertEquals(1e-5, f.ratio(), 1e-18);
        }

        @Test
        void doesNotFireForHealthyGradients() {
            assertTrue(find(Symptom.VANISHING_GRADIENTS, snapshots(gradients(0.01, 0.1, 1), 30, 10)).isEmpty());
            assertTrue(find(Symptom.VANISHING_GRADIENTS, snapshots(gradients(2, 1.5, 1), 30, 10)).isEmpty());
        }

        @Test
        void anExactlyZeroGradientIsNotVanishingButBlocked() {
            assertTrue(find(Symptom.VANISHING_GRADIENTS, snapshots(gradients(0, 0, 1), 30, 10)).isEmpty());
        }

        @Test
        void usesTheMedianOverTheRecordedIntervals() {
            List<DiagnosticsSnapshot> mostlyVanishing = List.of(snapshot(0, gradients(1e-6, 1, 1)), snapshot(10, gradients(1e-6, 1, 1)),
                    snapshot(20, gradients(1, 1, 1)));
            List<DiagnosticsSnapshot> recovered = List.of(snapshot(0, gradients(1e-6, 1, 1)), snapshot(10, gradients(1, 1, 1)),
                    snapshot(20, gradients(1, 1, 1)));

            assertTrue(find(Symptom.VANISHING_GRADIENTS, mostlyVanishing).isPresent());
            assertTrue(find(Symptom.VANISHING_GRADIENTS, recovered).isEmpty());
        }

        @Test
        void logisticRegressionHasNoDepthForGradientsToVanishIn() {
            RunSpec spec = spec(List.of());
            List<DiagnosticsSnapshot> snapshots = List.of(new DiagnosticsSnapshot(0, List.of(output(1e-9)), 30, 10));

            assertTrue(DiagnosisRules.diagnose(Runs.result(spec, new int[] {3, 1}, flat(100), snapshots), Runs.TRAIN, Runs.VALIDATION)
                    .isEmpty());
        }
    }

    @Nested
    class DeadRelus {

        @Test
        void firesWhenHalfALayersUnitsNeverFireAndNamesTheWorstLayer() {
            List<LayerDiagnostics> layers = List.of(layer(1, 0.5, 1, 1), layer(1, 0.75, 1, 1), output(1));

            Finding.DeadRelus f = (Finding.DeadRelus) find(Symptom.DEAD_RELUS, snapshots(layers, 30, 10)).orElseThrow();

            assertEquals(2, f.layer());
            assertEquals(0.75, f.fraction());
        }

        @Test
        void doesNotFireBelowHalf() {
            List<LayerDiagnostics> layers = List.of(layer(1, 0.25, 1, 1), layer(1, 0.25, 1, 1), output(1));

            assertTrue(find(Symptom.DEAD_RELUS, snapshots(layers, 30, 10)).isEmpty());
        }

        @Test
        void isLeftToTheSymmetryFindingWhenUnitsAreIdentical() {
            List<LayerDiagnostics> layers = List.of(layer(0, 1, 0, 0), layer(0, 1, 0, 0), output(1));

            assertTrue(find(Symptom.DEAD_RELUS, snapshots(layers, 30, 10)).isEmpty());
            assertTrue(find(Symptom.SYMMETRY_NOT_BROKEN, snapshots(layers, 30, 10)).isPresent());
        }
    }

    @Nested
    class Diverged {

        @Test
        void firesWithTheIterationWhereTheLossStoppedBeingFinite() {
            TrainingHistory history = new TrainingHistory(new double[] {0.7, 0.6}, new double[] {0.5, 0.6},
                    new double[] {0.7, 0.6}, new double[] {0.5, 0.6}, 100, 3);

            List<Finding> findings = DiagnosisRules.diagnose(Runs.result(spec(List.of(4, 4)), WIDTHS, history,
                    snapshots(healthy(), 30, 10)), Runs.TRAIN, Runs.VALIDATION);

            assertEquals(List.of(new Finding.Diverged(3)), findings);
        }

        @Test
        void doesNotFireForACompletedRun() {
            assertTrue(find(Symptom.DIVERGED, snapshots(healthy(), 30, 10)).isEmpty());
        }
    }

    @Nested
    class Overfitting {

        @Test
        void firesWhenValidationLossRisesForAStretchWhileTrainLossFalls() {
            Finding.Overfitting f = (Finding.Overfitting) DiagnosisRules.overfitting(rising(100, 30, 0.10)).orElseThrow();

            assertEquals(30, f.since());
            assertEquals(0.10, f.validationRise(), 1e-12);
            assertTrue(f.trainFall() > 0);
        }

        @Test
        void doesNotFireForASmallRise() {
            assertTrue(DiagnosisRules.overfitting(rising(100, 30, 0.04)).isEmpty());
        }

        @Test
        void doesNotFireForAShortStretch() {
            assertTrue(DiagnosisRules.overfitting(rising(100, 95, 0.10)).isEmpty(), "5 of 100 iterations is below 10 %");
            assertTrue(DiagnosisRules.overfitting(rising(100, 90, 0.10)).isPresent(), "10 of 100 iterations is enough");
        }

        @Test
        void doesNotFireWhenTrainLossRisesToo() {
            TrainingHistory h = rising(100, 30, 0.10);
            double[] train = h.validationLoss().clone();
            TrainingHistory both = new TrainingHistory(train, h.trainAccuracy(), h.validationLoss(), h.validationAccuracy(), 100, 0);

            assertTrue(DiagnosisRules.overfitting(both).isEmpty());
        }

        @Test
        void doesNotFireWhileValidationLossStillFalls() {
            assertTrue(DiagnosisRules.overfitting(flat(100)).isEmpty());
        }
    }

    @Test
    void aHealthyRunHasNoFindings() {
        List<Finding> findings = DiagnosisRules.diagnose(Runs.result(spec(List.of(4, 4)), WIDTHS, flat(100),
                snapshots(healthy(), 30, 10)), Runs.TRAIN, Runs.VALIDATION);

        assertEquals(List.of(), findings);
    }

    /** The finding of a symptom for a run of {@link #WIDTHS} with a falling history and these snapshots. */
    private static Optional<Finding> find(Symptom symptom, List<DiagnosticsSnapshot> snapshots) {
        List<Finding> findings = DiagnosisRules.diagnose(Runs.result(spec(List.of(4, 4)), WIDTHS, flat(100), snapshots),
                Runs.TRAIN, Runs.VALIDATION);
        return findings.stream().filter(f -> f.symptom() == symptom).findFirst();
    }

    private static List<DiagnosticsSnapshot> snapshots(List<LayerDiagnostics> layers, int trainPositives, int validationPositives) {
        return List.of(new DiagnosticsSnapshot(0, layers, trainPositives, validationPositives),
                new DiagnosticsSnapshot(100, layers, trainPositives, validationPositives));
    }

    private static DiagnosticsSnapshot snapshot(int iteration, List<LayerDiagnostics> layers) {
        return new DiagnosticsSnapshot(iteration, layers, 30, 10);
    }

    private static List<LayerDiagnostics> healthy() {
        return List.of(layer(1, 0, 1, 0.5), layer(1, 0.25, 1, 0.8), output(1));
    }

    /** Gradients reaching hidden layer 1, hidden layer 2 and the output. */
    private static List<LayerDiagnostics> gradients(double first, double second, double output) {
        return List.of(layer(1, 0, 1, first), layer(1, 0, 1, second), output(output));
    }

    private static LayerDiagnostics layer(double sd, double dead, double spread, double backpropagated) {
        return new LayerDiagnostics(0, sd, 0, sd, dead, spread, 1, 1, backpropagated, 0.01);
    }

    private static LayerDiagnostics output(double backpropagated) {
        return new LayerDiagnostics(0, 1, 0.5, 0.1, Double.NaN, Double.NaN, 1, 1, backpropagated, 0.01);
    }

    /** Train and validation loss falling from 0.7 towards 0.5 over {@code n} iterations. */
    private static TrainingHistory flat(int n) {
        double[] loss = new double[n];
        double[] accuracy = new double[n];
        for (int i = 0; i < n; i++) {
            loss[i] = 0.5 + 0.2 / (i + 1);
            accuracy[i] = 0.7;
        }
        return new TrainingHistory(loss, accuracy, loss.clone(), accuracy.clone(), n, 0);
    }

    /**
     * Train loss falling throughout; validation loss falling to its minimum 0.5 at iteration
     * {@code since}, then rising linearly to {@code 0.5 (1 + rise)} at the end.
     */
    private static TrainingHistory rising(int n, int since, double rise) {
        double[] train = new double[n];
        double[] validation = new double[n];
        for (int i = 0; i < n; i++) {
            train[i] = 0.6 - 0.001 * i;
            int iteration = i + 1;
            validation[i] = iteration <= since ? 0.5 + 0.001 * (since - iteration)
                    : 0.5 * (1 + rise * (iteration - since) / (double) (n - since));
        }
        double[] accuracy = new double[n];
        Arrays.fill(accuracy, 0.7);
        return new TrainingHistory(train, accuracy, validation, accuracy.clone(), n, 0);
    }

    private static RunSpec spec(List<Integer> hidden) {
        return new RunSpec(new NetworkSpec("n", hidden), Initialization.HE, new TrainingConfig(0.1, 100, 100, 1L), 1);
    }
}
