package io.netreport.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netreport.analysis.Figures;
import io.netreport.analysis.ReportAnalysis;
import io.netreport.config.ConfigFile;
import io.netreport.config.ConfigLoader;
import io.netreport.config.Initialization;
import io.netreport.data.DataLoader;
import io.netreport.data.PartSummary;
import io.netreport.data.PreparedData;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The default config must show what the original report found. */
class DefaultReportFindingsTest {

    static ReportAnalysis analysis;
    static PartSummary train;
    static PartSummary validation;

    @BeforeAll
    static void trainTheDefaultGrid() {
        ConfigFile config = new ConfigLoader().load(Path.of("data/report.yaml"));
        PreparedData data = DataLoader.load(config);
        train = data.summary().parts().get(0);
        validation = data.summary().parts().get(1);
        analysis = ReportAnalysis.of(config.config(),
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

    private static Figures last(String network, Initialization init) {
        return analysis.run(network, init, 1).last().orElseThrow();
    }
}
