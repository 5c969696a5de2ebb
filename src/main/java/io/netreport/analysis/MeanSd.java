package io.netreport.analysis;

import java.util.Arrays;

/**
 * Mean and sample standard deviation (n - 1 in the denominator) of a figure over seeds. With one
 * value the standard deviation is 0; NaN values (a figure a run does not have) are left out, and
 * with none left the mean is NaN and n is 0.
 */
public record MeanSd(double mean, double sd, int n) {

    public static MeanSd of(double... values) {
        double[] finite = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
        int n = finite.length;
        if (n == 0) {
            return new MeanSd(Double.NaN, Double.NaN, 0);
        }
        double sum = 0;
        for (double v : finite) {
            sum += v;
        }
        double mean = sum / n;
        double squares = 0;
        for (double v : finite) {
            squares += (v - mean) * (v - mean);
        }
        return new MeanSd(mean, n == 1 ? 0 : Math.sqrt(squares / (n - 1)), n);
    }
}
