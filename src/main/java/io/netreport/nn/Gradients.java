package io.netreport.nn;

import org.ejml.data.DMatrixRMaj;

/**
 * Preallocated backward-pass matrices of one network for a fixed number of samples: the gradients
 * {@code dW[l]} and {@code db[l]} of every parameter, and the scratch {@code dZ[l]}
 * ({@code width(l+1) x samples}, one array per row) they come from.
 */
public final class Gradients {

    final DMatrixRMaj[] dW;
    final DMatrixRMaj[] db;
    final double[][][] dZ;
    /** Per layer, the {@code samples x width(l)} transpose of its input, for wide layers only (else null). */
    final double[][][] inputTransposed;
    /** Per layer, the {@code width(l+1) x width(l)} sums of its weight gradient as they are added up. */
    final double[][][] weightSums;

    public Gradients(Network network, int samples) {
        int layers = network.layers();
        dW = new DMatrixRMaj[layers];
        db = new DMatrixRMaj[layers];
        dZ = new double[layers][][];
        inputTransposed = new double[layers][][];
        weightSums = new double[layers][][];
        for (int l = 0; l < layers; l++) {
            dW[l] = new DMatrixRMaj(network.width(l + 1), network.width(l));
            db[l] = new DMatrixRMaj(network.width(l + 1), 1);
            dZ[l] = new double[network.width(l + 1)][samples];
            weightSums[l] = new double[network.width(l + 1)][network.width(l)];
            if (network.width(l) >= Kernels.TRANSPOSE_FROM) {
                inputTransposed[l] = new double[samples][network.width(l)];
            }
        }
    }

    /** dLoss/dW of layer {@code l}, {@code width(l+1) x width(l)}. */
    public DMatrixRMaj weight(int l) {
        return dW[l];
    }

    /** dLoss/db of layer {@code l}, {@code width(l+1) x 1}. */
    public DMatrixRMaj bias(int l) {
        return db[l];
    }
}
