package io.netreport.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netreport.config.Initialization;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InitializerTest {

    /** 200 x 50 = 10,000 draws: the sample standard deviation is within about 1 % of the rule's. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"zero, 0.0", "random, 0.01", "xavier, 0.1414213562373095", "he, 0.2"})
    void weightsFollowTheRuleAndBiasesStartAtZero(String key, double expectedStd) {
        Network network = Network.initialized(50, List.of(200), Initialization.fromKey(key), new Random(7));
        double[] w = network.weight(0).data;

        double mean = 0;
        for (double v : w) {
            mean += v;
        }
        mean /= w.length;
        double variance = 0;
        for (double v : w) {
            variance += (v - mean) * (v - mean);
        }
        double std = Math.sqrt(variance / w.length);

        assertEquals(10_000, w.length);
        assertEquals(0.0, mean, 4 * expectedStd / Math.sqrt(w.length) + 1e-300);
        assertEquals(expectedStd, std, 0.03 * expectedStd);
        for (int l = 0; l < network.layers(); l++) {
            for (double b : network.bias(l).data) {
                assertEquals(0.0, b);
            }
        }
        // the output layer's rule uses its own fan-in, 200
        double outputStd = Initialization.fromKey(key).scale(200);
        assertEquals(key.equals("he") ? 0.1 : key.equals("xavier") ? Math.sqrt(1 / 200.0) : key.equals("random") ? 0.01 : 0,
                outputStd, 1e-15);
    }
}
