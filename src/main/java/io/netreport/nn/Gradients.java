package io.netreport.nn;

import org.ejml.data.DMatrixRMaj;

/**
 * Preallocated backward-pass matrices of one network for a fixed number of samples: the gradients
 * {@code dW[l]} and {@code db[l]} of every parameter, and the scratch {@code dZ[l]} they come from.
 */
public final class Gradients {

    final DMatrixRMaj[] dW;
    final DMatrixRMaj[] db;
    final DMatrixRMaj[] dZ;

    public Gradients(Network network, int samples) {
        int layers = network.layers();
        dW = new DMatrixRMaj[layers];
        db = new DMatrixRMaj[layers];
        dZ = new DMatrixRMaj[layers];
        for (int l = 0; l < layers; l++) {
            dW[l] = new DMatrixRMaj(network.width(l + 1), network.width(l));
            db[l] = new DMatrixRMaj(network.width(l + 1), 1);
            dZ[l] = new DMatrixRMaj(network.width(l + 1), samples);
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
