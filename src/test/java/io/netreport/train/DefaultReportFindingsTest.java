package io.netreport.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netreport.analysis.Criterion;
import io.netreport.analysis.Figures;
import io.netreport.analysis.Finding;
import io.netreport.analysis.ReportAnalysis;
import io.netreport.analysis.RunAnalysis;
import io.netreport.analysis.Symptom;
import io.netreport.analysis.TestEvaluation;
import io.netreport.config.ConfigFile;
import io.netreport.config.ConfigLoader;
import io.netreport.config.Initialization;
import io.netreport.data.DataLoader;
import io.netreport.data.PartSummary;
import io.netreport.data.PreparedData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The default config must show what the original report found. */
class DefaultReportFindingsTest {

    static ReportAnalysis analysis;
    static PartSummary train;
    static PartSummary validation;
    static List<Long> seeds;

    @BeforeAll
    static void trainTheDefaultGrid() {
        ConfigFile config = new ConfigLoader().load(Path.of("data/report.yaml"));
        PreparedData data = DataLoader.load(config);
        train = data.summary().parts().get(0);
        validation = data.summary().parts().get(1);
        seeds = config.config().training().seeds();
        analysis = ReportAnalysis.of(config.config(), data.summary(),
                new GridTrainer(2).train(GridTrainer.specs(config.config()), data, ProgressListener.NONE));
    }

    @Test
    void zeroInitializationLeavesHiddenLayerNetworksAtTheMajorityClass() {
        for (String network : new String[] {"3-layer", "5-layer"}) {
            Figures last = last(network, Initialization.ZERO);
            assertEquals(train.majorityShare(), last.trainAccuracy(), 1e-12, network);
            assertEquals(validation.majorityShare(), last.validationAccuracy(), 1e-12, network);
        }
    }

    @Test
    void zeroInitializationConvergesToTheBestConstantPrediction() {
        // Its hidden layers stay zero, so the network is a constant: its loss can only approach the
        // entropy of the class balance from above.
        for (String network : new String[] {"3-layer", "5-layer"}) {
            Figures last = last(network, Initialization.ZERO);
            assertTrue(last.trainLoss() >= train.constantPredictionLoss() - 1e-12, network);
            assertEquals(train.constantPredictionLoss(), last.trainLoss(), 1e-3, network);
        }
    }

    @Test
    void smallRandomInitializationLeavesTheFiveLayerNetworkAtTheMajorityClass() {
        Figures last = last("5-layer", Initialization.RANDOM);
        assertEquals(train.majorityShare(), last.trainAccuracy(), 1e-12);
        assertEquals(validation.majorityShare(), last.validationAccuracy(), 1e-12);
    }

    @Test
    void heTrainsTheFiveLayerNetworkWellAboveTheMajorityClass() {
        Figures last = last("5-layer", Initialization.HE);
        assertTrue(last.trainAccuracy() > train.majorityShare() + 0.1, "train accuracy " + last.trainAccuracy());
        assertTrue(last.validationAccuracy() > validation.majorityShare() + 0.05, "validation accuracy " + last.validationAccuracy());
    }

    @Test
    void logisticRegressionEndsWithinOneHundredthUnderEveryInitialization() {
        Figures reference = last("2-layer", Initialization.ZERO);
        for (Initialization init : Initialization.values()) {
            Figures last = last("2-layer", init);
            assertEquals(reference.trainAccuracy(), last.trainAccuracy(), 0.01, init.key());
            assertEquals(reference.validationAccuracy(), last.validationAccuracy(), 0.01, init.key());
        }
    }

    @Test
    void theDefaultConfigTrainsFiveSeeds() {
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), seeds);
    }

    @Test
    void zeroInitializationIsDiagnosedAsSymmetryAndConstantPrediction() {
        for (String network : new String[] {"3-layer", "5-layer"}) {
            for (long seed : seeds) {
                RunAnalysis run = analysis.run(network, Initialization.ZERO, seed);
                assertTrue(run.finding(Symptom.SYMMETRY_NOT_BROKEN).isPresent(), network + " seed " + seed);
                Finding.ConstantPrediction constant = (Finding.ConstantPrediction) run.finding(Symptom.CONSTANT_PREDICTION).orElseThrow();
                assertFalse(constant.positive(), "predicts the negative (majority) class");
                assertTrue(constant.majority());
                assertEquals(validation.majorityShare(), constant.validationAccuracy(), 1e-12);
                assertTrue(run.finding(Symptom.VANISHING_GRADIENTS).isEmpty(), "zero gradients are symmetry, not vanishing");
            }
        }
    }

    @Test
    void smallRandomInitializationOfTheFiveLayerNetworkIsDiagnosedAsVanishingGradientsAndConstantPrediction() {
        for (long seed : seeds) {
            RunAnalysis run = analysis.run("5-layer", Initialization.RANDOM, seed);
            assertTrue(run.finding(Symptom.VANISHING_GRADIENTS).isPresent(), "seed " + seed);
            assertTrue(run.finding(Symptom.CONSTANT_PREDICTION).isPresent(), "seed " + seed);
            assertTrue(run.finding(Symptom.SYMMETRY_NOT_BROKEN).isEmpty(), "random weights break symmetry");
        }
    }

    @Test
    void heOnTheFiveLayerNetworkIsNeitherVanishingNorConstant() {
        for (long seed : seeds) {
            RunAnalysis run = analysis.run("5-layer", Initialization.HE, seed);
            assertTrue(run.finding(Symptom.VANISHING_GRADIENTS).isEmpty(), "seed " + seed);
            assertTrue(run.finding(Symptom.CONSTANT_PREDICTION).isEmpty(), "seed " + seed);
        }
    }

    @Test
    void theDefaultConfigHasATestPartEvaluatedAtTheMinimumValidationLoss() {
        for (RunAnalysis run : analysis.runs()) {
            TestEvaluation test = run.test().orElseThrow();
            assertEquals(run.checkpoints().get(Criterion.MIN_VALIDATION_LOSS).iteration(), test.iteration());
        }
    }

    private static Figures last(String network, Initialization init) {
        return analysis.run(network, init, 1).last().orElseThrow();
    }
}
