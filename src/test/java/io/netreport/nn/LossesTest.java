package io.netreport.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LossesTest {

    @Test
    void crossEntropyMatchesTheTextbookFormula() {
        double[] logits = {-2, 0.5, 3, -0.25};
        double[] labels = {0, 1, 1, 1};
        double expected = 0;
        for (int i = 0; i < 4; i++) {
            double p = 1 / (1 + Math.exp(-logits[i]));
            expected -= labels[i] * Math.log(p) + (1 - labels[i]) * Math.log(1 - p);
        }

        assertEquals(expected / 4, Losses.crossEntropy(logits, probabilities(logits), labels), 1e-15);
    }

    @Test
    void extremeLogitsNeitherOverflowNorTakeLogOfZero() {
        // Right with confidence costs nothing; wrong with confidence costs |z|.
        double[] extreme = {1000, -1000};
        assertEquals(0.0, Losses.crossEntropy(extreme, probabilities(extreme), new double[] {1, 0}), 0.0);
        assertEquals(1000.0, Losses.crossEntropy(extreme, probabilities(extreme), new double[] {0, 1}), 0.0);
        assertEquals(Math.log(2), Losses.crossEntropy(new double[] {0}, new double[] {0.5}, new double[] {1}), 1e-16);
    }

    @Test
    void moderatelyLargeLogitsKeepTheirSmallLoss() {
        // -log(sigmoid(40)) = log(1 + e^-40) = 4.248e-18, below what 1 - p can show; the loss stays exact to 1e-17
        double[] z = {40};
        assertEquals(4.248354255291589e-18, Losses.crossEntropy(z, probabilities(z), new double[] {1}), 1e-17);
        assertEquals(40.0, Losses.crossEntropy(z, probabilities(z), new double[] {0}), 1e-12);
    }

    @Test
    void accuracyCountsProbabilitiesAboveOneHalfAsPositive() {
        double[] probabilities = {0.5, 0.5000001, 0.2, 0.9};
        double[] labels = {0, 1, 1, 1};

        // 0.5 exactly is negative: right for label 0; 0.2 misses a positive
        assertEquals(0.75, Losses.accuracy(probabilities, labels), 0.0);
    }

    @Test
    void sigmoidSaturatesWithoutNaN() {
        assertEquals(0.0, Losses.sigmoid(-1000), 0.0);
        assertEquals(1.0, Losses.sigmoid(1000), 0.0);
        assertEquals(0.5, Losses.sigmoid(0), 0.0);
    }

    private static double[] probabilities(double[] logits) {
        double[] p = new double[logits.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = Losses.sigmoid(logits[i]);
        }
        return p;
    }
}
