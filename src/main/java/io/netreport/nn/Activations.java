package io.netreport.nn;

import org.ejml.data.DMatrixRMaj;

/**
 * Preallocated forward-pass matrices of one network for a fixed number of samples: per layer the
 * pre-activations {@code Z[l]} and activations {@code A[l]}, both {@code width(l+1) x samples}.
 * The last layer's {@code Z} holds the logits and its {@code A} the sigmoid probabilities.
 */
public final class Activations {

    final DMatrixRMaj[] z;
    final DMatrixRMaj[] a;
    private final int samples;

    public Activations(Network network, int samples) {
        int layers = network.layers();
        this.samples = samples;
        z = new DMatrixRMaj[layers];
        a = new DMatrixRMaj[layers];
        for (int l = 0; l < layers; l++) {
            z[l] = new DMatrixRMaj(network.width(l + 1), samples);
            a[l] = new DMatrixRMaj(network.width(l + 1), samples);
        }
    }

    public int samples() {
        return samples;
    }

    /** The output logits, {@code 1 x samples}; valid after {@link Network#forward}. */
    public double[] logits() {
        return z[z.length - 1].data;
    }

    /** The output probabilities, {@code 1 x samples}; valid after {@link Network#forward}. */
    public double[] probabilities() {
        return a[a.length - 1].data;
    }
}
