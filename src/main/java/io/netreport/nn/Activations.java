package io.netreport.nn;

/**
 * Preallocated forward-pass matrices of one network for a fixed number of samples: per layer the
 * pre-activations {@code Z[l]} and activations {@code A[l]}, both {@code width(l+1) x samples},
 * one array per row (see {@link Kernels} for why). The last layer's {@code Z} holds the logits and
 * its {@code A} the sigmoid probabilities.
 */
public final class Activations {

    final double[][][] z;
    final double[][][] a;
    private final int samples;

    public Activations(Network network, int samples) {
        int layers = network.layers();
        this.samples = samples;
        z = new double[layers][][];
        a = new double[layers][][];
        for (int l = 0; l < layers; l++) {
            z[l] = new double[network.width(l + 1)][samples];
            a[l] = new double[network.width(l + 1)][samples];
        }
    }

    public int samples() {
        return samples;
    }

    /** The output logits, one per sample; valid after {@link Network#forward}. */
    public double[] logits() {
        return z[z.length - 1][0];
    }

    /** The output probabilities, one per sample; valid after {@link Network#forward}. */
    public double[] probabilities() {
        return a[a.length - 1][0];
    }
}
