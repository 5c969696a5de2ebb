package io.netreport.data;

import java.util.List;
import java.util.Objects;

/**
 * Labeled samples: a row-major {@code rows x features} matrix and a 0/1 label per row. The arrays
 * are shared, not copied, for large data; nothing in NetReport writes to them after construction.
 *
 * @param featureNames the feature columns, in file order
 * @param x            row-major feature values, {@code rows * featureNames.size()} of them
 * @param y            1.0 for the positive class, 0.0 for the negative class
 */
public record Dataset(List<String> featureNames, double[] x, double[] y) {

    public Dataset {
        featureNames = List.copyOf(featureNames);
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        if (x.length != y.length * featureNames.size()) {
            throw new IllegalArgumentException("x has " + x.length + " values, expected " + y.length + " rows x "
                    + featureNames.size() + " features");
        }
    }

    public int rows() {
        return y.length;
    }

    public int features() {
        return featureNames.size();
    }

    public double value(int row, int feature) {
        return x[row * features() + feature];
    }

    public int positives() {
        int count = 0;
        for (double label : y) {
            count += label == 1.0 ? 1 : 0;
        }
        return count;
    }

    /** The rows at the given indices, in that order. */
    public Dataset select(int[] indices) {
        int n = features();
        double[] xs = new double[indices.length * n];
        double[] ys = new double[indices.length];
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(x, indices[i] * n, xs, i * n, n);
            ys[i] = y[indices[i]];
        }
        return new Dataset(featureNames, xs, ys);
    }
}
