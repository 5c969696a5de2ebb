package io.netreport.nn;

import io.netreport.config.Initialization;
import java.util.List;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * A fully connected binary classifier: ReLU hidden layers and one sigmoid output unit. Samples are
 * columns: the input {@code X} is {@code features x samples}, one array per feature row. Layer {@code l} maps width(l) inputs
 * to width(l+1) outputs with {@code W[l]} ({@code width(l+1) x width(l)}) and {@code b[l]}.
 *
 * <p>The parameters are trained in place by {@link #step}; everything else writes only into the
 * caller's preallocated {@link Activations} and {@link Gradients}.
 */
public final class Network {

    private final int[] widths;
    private final DMatrixRMaj[] weights;
    private final DMatrixRMaj[] biases;

    private Network(int[] widths) {
        this.widths = widths.clone();
        weights = new DMatrixRMaj[widths.length - 1];
        biases = new DMatrixRMaj[widths.length - 1];
        for (int l = 0; l < weights.length; l++) {
            weights[l] = new DMatrixRMaj(widths[l + 1], widths[l]);
            biases[l] = new DMatrixRMaj(widths[l + 1], 1);
        }
    }

    /**
     * A network with weights drawn by {@code init} from {@code random} (layer by layer, row by row)
     * and zero biases.
     */
    public static Network initialized(int inputs, List<Integer> hidden, Initialization init, Random random) {
        Network network = new Network(widths(inputs, hidden));
        for (int l = 0; l < network.layers(); l++) {
            double scale = init.scale(network.width(l));
            double[] w = network.weights[l].data;
            if (scale != 0) {
                for (int i = 0; i < w.length; i++) {
                    w[i] = random.nextGaussian() * scale;
                }
            }
        }
        return network;
    }

    /** A network with the same widths and a copy of this one's parameters. */
    public Network copy() {
        Network copy = new Network(widths);
        copy.copyFrom(this);
        return copy;
    }

    /** Overwrites this network's parameters with those of {@code other}, which has the same widths. */
    public void copyFrom(Network other) {
        for (int l = 0; l < layers(); l++) {
            weights[l].setTo(other.weights[l]);
            biases[l].setTo(other.biases[l]);
        }
    }

    /** Layer widths from the input to the single output unit. */
    public static int[] widths(int inputs, List<Integer> hidden) {
        int[] widths = new int[hidden.size() + 2];
        widths[0] = inputs;
        for (int i = 0; i < hidden.size(); i++) {
            widths[i + 1] = hidden.get(i);
        }
        widths[widths.length - 1] = 1;
        return widths;
    }

    /** Number of weight layers (one less than the layers counted with the input). */
    public int layers() {
        return weights.length;
    }

    /** Width of layer {@code l}, counting the input as layer 0. */
    public int width(int l) {
        return widths[l];
    }

    public DMatrixRMaj weight(int l) {
        return weights[l];
    }

    public DMatrixRMaj bias(int l) {
        return biases[l];
    }

    /** Weights and biases of a network with these layer widths. */
    public static long parameterCount(int[] widths) {
        long count = 0;
        for (int l = 0; l + 1 < widths.length; l++) {
            count += (long) widths[l + 1] * widths[l] + widths[l + 1];
        }
        return count;
    }

    /**
     * The forward pass: fills {@code out} with every layer's pre-activations and activations.
     *
     * @param x   {@code width(0) x samples} inputs, not modified
     * @param out modified
     */
    public void forward(double[][] x, Activations out) {
        double[][] input = x;
        for (int l = 0; l < layers(); l++) {
            // Z = W * A_prev + b;  A = relu(Z), or sigmoid(Z) at the output
            Kernels.affine(weights[l], input, biases[l], out.z[l]);
            if (l < layers() - 1) {
                Kernels.relu(out.z[l], out.a[l]);
            } else {
                Kernels.sigmoid(out.z[l][0], out.a[l][0]);
            }
            input = out.a[l];
        }
    }

    /**
     * The backward pass of the mean binary cross-entropy for the forward pass in {@code act}.
     *
     * @param x      {@code width(0) x samples} inputs of that forward pass, not modified
     * @param labels {@code samples} 0/1 labels, not modified
     * @param act    that forward pass, not modified
     * @param grads  modified: receives dW and db of every layer
     */
    public void backward(double[][] x, double[] labels, Activations act, Gradients grads) {
        int last = layers() - 1;
        double scale = 1.0 / act.samples();
        // dZ_out = A_out - y   (sigmoid and cross-entropy together)
        double[] dZout = grads.dZ[last][0];
        double[] out = act.a[last][0];
        for (int j = 0; j < labels.length; j++) {
            dZout[j] = out[j] - labels[j];
        }
        for (int l = last; l >= 0; l--) {
            double[][] previous = l == 0 ? x : act.a[l - 1];
            // dW = dZ * A_prev^T / m;  db = rowsum(dZ) / m
            Kernels.weightGradient(scale, grads.dZ[l], previous, grads.inputTransposed[l], grads.weightSums[l], grads.dW[l]);
            Kernels.biasGradient(scale, grads.dZ[l], grads.db[l]);
            if (l > 0) {
                // dZ_prev = (W^T * dZ) .* relu'(Z_prev)
                Kernels.inputGradient(weights[l], grads.dZ[l], grads.dZ[l - 1]);
                Kernels.maskByReluDerivative(act.a[l - 1], grads.dZ[l - 1]);
            }
        }
    }

    /** Gradient descent: {@code W -= alpha dW; b -= alpha db} for every layer. */
    public void step(Gradients grads, double alpha) {
        for (int l = 0; l < layers(); l++) {
            CommonOps_DDRM.addEquals(weights[l], -alpha, grads.dW[l]);
            CommonOps_DDRM.addEquals(biases[l], -alpha, grads.db[l]);
        }
    }

    /**
     * Floating-point operations of the matrix products in one training iteration of a network with
     * these layer widths: forward and backward on {@code trainSamples}, plus a forward pass on
     * {@code validationSamples}.
     */
    public static long flopsPerIteration(int[] widths, int trainSamples, int validationSamples) {
        long forward = 0;
        long backwardInputs = 0;
        for (int l = 0; l + 1 < widths.length; l++) {
            long macs = (long) widths[l + 1] * widths[l];
            forward += macs;
            if (l > 0) {
                backwardInputs += macs;
            }
        }
        // forward W*A, backward dZ*A^T, backward W^T*dZ, validation forward; 2 flops per multiply-add
        return 2 * (forward * trainSamples * 2 + backwardInputs * trainSamples + forward * validationSamples);
    }
}
