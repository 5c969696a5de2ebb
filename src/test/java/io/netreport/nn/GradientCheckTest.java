package io.netreport.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netreport.config.Initialization;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The analytic gradient of every weight and bias against central finite differences of the loss,
 * for 2-, 3- and 5-layer networks under every initialization that breaks symmetry.
 *
 * <p>Small random initialization makes the first layers' gradients vanish (1e-8 and below), below
 * what a finite difference of a double-precision loss can resolve. So the loss for the finite
 * differences is computed by an independent forward pass in 50-digit decimal arithmetic, where a
 * step of 1e-15 has negligible truncation and rounding error; the analytic gradients under test are
 * NetReport's double-precision ones.
 */
class GradientCheckTest {

    /** Relative error allowed between analytic and numeric gradients. */
    static final double TOLERANCE = 1e-6;
    private static final MathContext MC = new MathContext(50);
    private static final BigDecimal STEP = new BigDecimal("1e-15");
    /** Pre-activations this close to 0 could cross the ReLU kink within a finite-difference step. */
    private static final double KINK_MARGIN = 1e-3;

    static Stream<Arguments> networks() {
        return Stream.of(List.<Integer>of(), List.of(5), List.of(6, 4, 3)).flatMap(hidden -> Stream.of(
                Initialization.RANDOM, Initialization.XAVIER, Initialization.HE).map(init -> Arguments.of(hidden, init)));
    }

    @ParameterizedTest(name = "hidden {0}, {1}")
    @MethodSource("networks")
    void analyticGradientsMatchFiniteDifferences(List<Integer> hidden, Initialization init) {
        int features = 3;
        int samples = 7;
        Random random = new Random(hidden.size() * 31L + init.ordinal());
        Network network = Network.initialized(features, hidden, init, random);
        // Non-zero biases keep every hidden unit alive and away from the ReLU kink.
        for (int l = 0; l < network.layers(); l++) {
            for (int i = 0; i < network.bias(l).data.length; i++) {
                network.bias(l).data[i] = 0.5 + random.nextDouble();
            }
        }
        double[][] x = new double[features][samples];
        for (double[] row : x) {
            for (int j = 0; j < samples; j++) {
                row[j] = random.nextGaussian();
            }
        }
        double[] y = new double[samples];
        for (int j = 0; j < samples; j++) {
            y[j] = j % 2;
        }
        Activations act = new Activations(network, samples);
        Gradients grads = new Gradients(network, samples);
        network.forward(x, act);
        assertAwayFromKinks(network, act);
        network.backward(x, y, act, grads);

        for (int l = 0; l < network.layers(); l++) {
            check(network, x, y, network.weight(l), grads.weight(l), "W" + l);
            check(network, x, y, network.bias(l), grads.bias(l), "b" + l);
        }
    }

    private static void check(Network network, double[][] x, double[] y, DMatrixRMaj parameter, DMatrixRMaj analytic,
                              String name) {
        for (int i = 0; i < parameter.data.length; i++) {
            final int index = i;
            BigDecimal plus = DecimalForward.loss(network, x, y, parameter, index, STEP);
            BigDecimal minus = DecimalForward.loss(network, x, y, parameter, index, STEP.negate());
            double numeric = plus.subtract(minus, MC).divide(STEP.multiply(BigDecimal.valueOf(2)), MC).doubleValue();
            double error = Math.abs(numeric - analytic.data[i]) / Math.max(Math.abs(numeric), Math.abs(analytic.data[i]));
            assertTrue(error < TOLERANCE || numeric == analytic.data[i], () -> name + "[" + index + "]: analytic "
                    + analytic.data[index] + ", numeric " + numeric + ", relative error " + error);
        }
    }

    private static void assertAwayFromKinks(Network network, Activations act) {
        for (int l = 0; l < network.layers() - 1; l++) {
            for (double z : java.util.Arrays.stream(act.z[l]).flatMapToDouble(java.util.Arrays::stream).toArray()) {
                assertTrue(Math.abs(z) > KINK_MARGIN, "pre-activation " + z + " is too close to the ReLU kink");
            }
        }
    }

    /** The network's mean cross-entropy in 50-digit decimal arithmetic, with one parameter shifted. */
    static final class DecimalForward {

        static BigDecimal loss(Network network, double[][] x, double[] y, DMatrixRMaj shifted, int index, BigDecimal shift) {
            int samples = x[0].length;
            BigDecimal[][] a = new BigDecimal[x.length][samples];
            for (int f = 0; f < x.length; f++) {
                for (int j = 0; j < samples; j++) {
                    a[f][j] = new BigDecimal(x[f][j]);
                }
            }
            for (int l = 0; l < network.layers(); l++) {
                DMatrixRMaj w = network.weight(l);
                DMatrixRMaj b = network.bias(l);
                BigDecimal[][] z = new BigDecimal[w.numRows][samples];
                for (int i = 0; i < w.numRows; i++) {
                    for (int j = 0; j < samples; j++) {
                        BigDecimal sum = parameter(b, i, shifted, index, shift);
                        for (int k = 0; k < w.numCols; k++) {
                            sum = sum.add(parameter(w, i * w.numCols + k, shifted, index, shift).multiply(a[k][j], MC), MC);
                        }
                        z[i][j] = l < network.layers() - 1 ? sum.max(BigDecimal.ZERO) : sum;
                    }
                }
                a = z;
            }
            BigDecimal total = BigDecimal.ZERO;
            for (int j = 0; j < samples; j++) {
                // max(z, 0) - z y + log(1 + e^-|z|)
                BigDecimal z = a[0][j];
                BigDecimal term = z.max(BigDecimal.ZERO).subtract(z.multiply(BigDecimal.valueOf(y[j]), MC), MC)
                        .add(ln(BigDecimal.ONE.add(exp(z.abs().negate()), MC)), MC);
                total = total.add(term, MC);
            }
            return total.divide(BigDecimal.valueOf(samples), MC);
        }

        private static BigDecimal parameter(DMatrixRMaj m, int i, DMatrixRMaj shifted, int index, BigDecimal shift) {
            BigDecimal value = new BigDecimal(m.data[i]);
            return m == shifted && i == index ? value.add(shift, MC) : value;
        }

        /** e^x for x <= 0 by halving until small, a Taylor series, then squaring back. */
        static BigDecimal exp(BigDecimal x) {
            int halvings = 0;
            BigDecimal r = x;
            while (r.abs().compareTo(new BigDecimal("0.01")) > 0) {
                r = r.divide(BigDecimal.valueOf(2), MC);
                halvings++;
            }
            BigDecimal sum = BigDecimal.ONE;
            BigDecimal term = BigDecimal.ONE;
            for (int n = 1; n < 30; n++) {
                term = term.multiply(r, MC).divide(BigDecimal.valueOf(n), MC);
                sum = sum.add(term, MC);
            }
            for (int i = 0; i < halvings; i++) {
                sum = sum.multiply(sum, MC);
            }
            return sum;
        }

        /** ln(v) for v in [1, 2] as 2 atanh((v - 1) / (v + 1)). */
        static BigDecimal ln(BigDecimal v) {
            BigDecimal t = v.subtract(BigDecimal.ONE, MC).divide(v.add(BigDecimal.ONE, MC), MC);
            BigDecimal t2 = t.multiply(t, MC);
            BigDecimal power = t;
            BigDecimal sum = BigDecimal.ZERO;
            for (int n = 1; n < 200; n += 2) {
                sum = sum.add(power.divide(BigDecimal.valueOf(n), MC), MC);
                power = power.multiply(t2, MC);
            }
            return sum.multiply(BigDecimal.valueOf(2), MC);
        }
    }
}
