package io.netreport.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netreport.analysis.VarianceRule;
import io.netreport.config.Initialization;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LayerProbeTest {

    /** Inputs x = (x1, x2) for four samples, one array per feature. */
    private static final double[][] X = {{0.5, -0.5, 1.0, -1.0}, {0.2, 0.4, -0.6, 0.8}};
    private static final double[] Y = {1, 0, 1, 0};

    @Test
    void measuresDeadUnitsUnitSpreadAndTheGradientReachingEachLayer() {
        Network network = Network.initialized(2, List.of(3), Initialization.ZERO, new Random(1));
        // hidden units: z0 = x1, z1 = x1 (a copy of unit 0), z2 = -x1 - x2 - 10 (never fires); output = a0 + 2 a2
        double[] w = network.weight(0).data;
        w[0] = 1;
        w[2] = 1;
        w[4] = -1;
        w[5] = -1;
        network.bias(0).data[2] = -10;
        network.weight(1).data[0] = 1;
        network.weight(1).data[2] = 2;
        Activations act = new Activations(network, 4);
        Gradients grads = new Gradients(network, 4);
        network.forward(X, act);
        network.backward(X, Y, act, grads);

        LayerDiagnostics[] d = LayerProbe.measure(network, act, grads, 0.1);

        assertEquals(1 / 3.0, d[0].deadFraction(), 1e-15);
        assertEquals(Math.sqrt(105) / Math.sqrt(104 / 3.0), d[0].unitSpread(), 1e-12);
        assertTrue(Double.isNaN(d[1].deadFraction()), "the output layer has no ReLU");
        assertEquals(Math.sqrt(4), d[0].weightNorm(), 1e-15);
        // the output's dLoss/dZ is (p - y) / m per sample, with p = sigmoid(a0) and a0 = max(x1, 0)
        double squares = 0;
        for (int j = 0; j < 4; j++) {
            double p = 1 / (1 + Math.exp(-Math.max(X[0][j], 0)));
            squares += (p - Y[j]) * (p - Y[j]) / 16;
        }
        assertEquals(Math.sqrt(squares), d[1].backpropagatedGradientNorm(), 1e-12);
        assertEquals(0.1 * d[1].weightGradientNorm() / Math.sqrt(5), d[1].updateRatio(), 1e-15);
    }

    @Test
    void identicalUnitsHaveZeroSpread() {
        Network network = Network.initialized(2, List.of(4), Initialization.ZERO, new Random(1));
        Activations act = new Activations(network, 4);
        Gradients grads = new Gradients(network, 4);
        network.forward(X, act);
        network.backward(X, Y, act, grads);

        LayerDiagnostics[] d = LayerProbe.measure(network, act, grads, 0.1);

        assertEquals(0, d[0].unitSpread());
        assertEquals(1, d[0].deadFraction(), "z = 0 everywhere: no unit fires");
        assertTrue(Double.isNaN(d[0].updateRatio()), "zero weights have no update ratio");
    }

    @Test
    void theVarianceRulePredictsTheMeasuredSpreadAtInitialization() {
        int samples = 4000;
        Random random = new Random(7);
        double[][] x = new double[64][samples];
        for (double[] feature : x) {
            for (int j = 0; j < samples; j++) {
                feature[j] = random.nextGaussian();
            }
        }
        for (Initialization init : List.of(Initialization.HE, Initialization.XAVIER, Initialization.RANDOM)) {
            Network network = Network.initialized(64, List.of(256, 256, 256), init, new Random(3));
            Activations act = new Activations(network, samples);
            Gradients grads = new Gradients(network, samples);
            network.forward(x, act);
            network.backward(x, new double[samples], act, grads);
            LayerDiagnostics[] d = LayerProbe.measure(network, act, grads, 0.1);
            double[] predicted = VarianceRule.predictedSd(new int[] {64, 256, 256, 256, 1}, init);
            for (int l = 0; l < 3; l++) {
                assertEquals(1, d[l].preActivationSd() / predicted[l], 0.1, init.key() + " layer " + (l + 1));
            }
        }
    }
}
