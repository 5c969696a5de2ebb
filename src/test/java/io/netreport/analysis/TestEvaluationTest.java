package io.netreport.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netreport.train.TestPredictions;
import org.junit.jupiter.api.Test;

class TestEvaluationTest {

    @Test
    void countsTheConfusionMatrixAndItsRatesByHand() {
        // logits > 0 predict positive: predictions 1 1 0 0 1 0 against labels 1 0 1 0 1 0
        double[] logits = {2.0, 0.5, -0.3, -2.0, 1.0, -1.0};
        double[] labels = {1, 0, 1, 0, 1, 0};

        TestEvaluation e = TestEvaluation.of(new TestPredictions(7, logits, labels));

        assertEquals(7, e.iteration());
        assertEquals(6, e.samples());
        assertEquals(2, e.truePositives());
        assertEquals(1, e.falsePositives());
        assertEquals(2, e.trueNegatives());
        assertEquals(1, e.falseNegatives());
        assertEquals(4 / 6.0, e.accuracy(), 1e-15);
        assertEquals(2 / 3.0, e.precision(), 1e-15);
        assertEquals(2 / 3.0, e.recall(), 1e-15);
        assertEquals(2 / 3.0, e.f1(), 1e-15);
        // positives score 2.0, -0.3, 1.0; negatives 0.5, -2.0, -1.0: of the 9 pairs the positive wins 8 (only -0.3 < 0.5 loses)
        assertEquals(8 / 9.0, e.rocAuc(), 1e-15);
        double loss = 0;
        for (int i = 0; i < logits.length; i++) {
            double p = 1 / (1 + Math.exp(-logits[i]));
            loss -= labels[i] == 1 ? Math.log(p) : Math.log(1 - p);
        }
        assertEquals(loss / 6, e.loss(), 1e-12);
    }

    @Test
    void tiedOutputsCountHalfInTheRocAuc() {
        TestEvaluation e = TestEvaluation.of(new TestPredictions(1, new double[] {0.2, 0.2, 0.2, 0.2}, new double[] {1, 0, 1, 0}));

        assertEquals(0.5, e.rocAuc(), 1e-15);
    }

    @Test
    void aConstantNegativePredictionHasNoPrecision() {
        TestEvaluation e = TestEvaluation.of(new TestPredictions(1, new double[] {-1, -1, -1}, new double[] {1, 0, 0}));

        assertTrue(Double.isNaN(e.precision()));
        assertEquals(0, e.recall());
        assertTrue(Double.isNaN(e.f1()));
        assertEquals(2 / 3.0, e.accuracy(), 1e-15);
    }

    @Test
    void aPartWithOneClassHasNoRocAuc() {
        assertTrue(Double.isNaN(TestEvaluation.of(new TestPredictions(1, new double[] {1, 2}, new double[] {1, 1})).rocAuc()));
    }
}
