package io.netreport.nn;

import org.ejml.data.DMatrixRMaj;

/**
 * Measures the {@link LayerDiagnostics} of every layer from a forward pass, the backward pass of
 * the same parameters and the learning rate. Reads only; sums run in a fixed order, so the figures
 * are the same on every machine.
 */
public final class LayerProbe {

    private LayerProbe() {
    }

    /**
     * @param act   the forward pass of {@code network} on the train part
     * @param grads the backward pass of that forward pass
     * @param alpha the learning rate of the next update
     */
    public static LayerDiagnostics[] measure(Network network, Activations act, Gradients grads, double alpha) {
        int layers = network.layers();
        LayerDiagnostics[] out = new LayerDiagnostics[layers];
        for (int l = 0; l < layers; l++) {
            boolean hidden = l < layers - 1;
            double[] z = meanAndSd(act.z[l]);
            double[] a = meanAndSd(act.a[l]);
            double weightNorm = norm(network.weight(l));
            double gradientNorm = norm(grads.dW[l]);
            out[l] = new LayerDiagnostics(z[0], z[1], a[0], a[1],
                    hidden ? deadFraction(act.a[l]) : Double.NaN,
                    hidden ? unitSpread(network.weight(l), network.bias(l)) : Double.NaN,
                    weightNorm, gradientNorm, norm(grads.dZ[l]) / act.samples(), weightNorm == 0 ? Double.NaN : alpha * gradientNorm / weightNorm);
        }
        return out;
    }

    /** Mean and population standard deviation over every entry, in two passes for accuracy. */
    private static double[] meanAndSd(double[][] rows) {
        double sum = 0;
        long n = 0;
        for (double[] row : rows) {
            for (double v : row) {
                sum += v;
            }
            n += row.length;
        }
        double mean = sum / n;
        double squares = 0;
        for (double[] row : rows) {
            for (double v : row) {
                squares += (v - mean) * (v - mean);
            }
        }
        return new double[] {mean, Math.sqrt(squares / n)};
    }

    /** Share of rows (units) that are 0 on every sample: ReLU units that neither fire nor learn. */
    private static double deadFraction(double[][] activations) {
        int dead = 0;
        for (double[] unit : activations) {
            boolean fires = false;
            for (double v : unit) {
                if (v > 0) {
                    fires = true;
                    break;
                }
            }
            dead += fires ? 0 : 1;
        }
        return dead / (double) activations.length;
    }

    /**
     * max over units i of |u_i - u_0| / sqrt(mean |u_i|^2), where u_i is unit i's row of W followed
     * by its bias. Compared with the first unit rather than the mean unit, so identical units give
     * exactly 0 (a mean of equal numbers need not equal them in floating point).
     */
    static double unitSpread(DMatrixRMaj w, DMatrixRMaj b) {
        int units = w.numRows;
        int inputs = w.numCols;
        double largest = 0;
        double squares = 0;
        for (int i = 0; i < units; i++) {
            double distance = square(b.data[i] - b.data[0]);
            squares += square(b.data[i]);
            for (int k = 0; k < inputs; k++) {
                distance += square(w.data[i * inputs + k] - w.data[k]);
                squares += square(w.data[i * inputs + k]);
            }
            largest = Math.max(largest, distance);
        }
        return squares == 0 ? 0 : Math.sqrt(largest) / Math.sqrt(squares / units);
    }

    private static double norm(double[][] rows) {
        double squares = 0;
        for (double[] row : rows) {
            for (double v : row) {
                squares += v * v;
            }
        }
        return Math.sqrt(squares);
    }

    private static double norm(DMatrixRMaj m) {
        double squares = 0;
        for (int i = 0; i < m.getNumElements(); i++) {
            squares += m.data[i] * m.data[i];
        }
        return Math.sqrt(squares);
    }

    private static double square(double x) {
        return x * x;
    }
}
