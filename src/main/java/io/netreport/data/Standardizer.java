package io.netreport.data;

import io.netreport.InputException;

/**
 * Z-scores features with the train part's mean and population standard deviation; a constant column
 * gets standard deviation 1 so it maps to 0 instead of dividing by zero.
 */
public record Standardizer(double[] mean, double[] std) {

    /**
     * Fits on the train part.
     *
     * @param source named in the error when a column's values are too large to standardize
     */
    public static Standardizer fit(Dataset train, String source) {
        int n = train.features();
        int m = train.rows();
        double[] mean = new double[n];
        double[] std = new double[n];
        for (int f = 0; f < n; f++) {
            double sum = 0;
            for (int i = 0; i < m; i++) {
                sum += train.value(i, f);
            }
            mean[f] = sum / m;
            double squares = 0;
            for (int i = 0; i < m; i++) {
                double d = train.value(i, f) - mean[f];
                squares += d * d;
            }
            std[f] = Math.sqrt(squares / m);
            if (!Double.isFinite(mean[f]) || !Double.isFinite(std[f])) {
                throw new InputException(source + ", column '" + train.featureNames().get(f)
                        + "': values too large to standardize (their mean or spread overflows a double); rescale the column");
            }
            if (std[f] == 0) {
                std[f] = 1;
            }
        }
        return new Standardizer(mean, std);
    }

    public Dataset apply(Dataset data) {
        int n = data.features();
        double[] x = new double[data.x().length];
        for (int i = 0; i < data.rows(); i++) {
            for (int f = 0; f < n; f++) {
                x[i * n + f] = (data.value(i, f) - mean[f]) / std[f];
            }
        }
        return new Dataset(data.featureNames(), x, data.y());
    }
}
