package io.netreport.analysis;

import java.util.Arrays;
import java.util.List;

/**
 * A curve averaged over seeds, point by point: at iteration {@code i + 1} the mean and sample
 * standard deviation over the runs that reached it (a run that diverged stops early), and how many
 * did.
 */
public record MeanCurve(double[] mean, double[] sd, int[] n) {

    public static MeanCurve of(List<double[]> curves) {
        int length = curves.stream().mapToInt(c -> c.length).max().orElse(0);
        double[] mean = new double[length];
        double[] sd = new double[length];
        int[] n = new int[length];
        double[] values = new double[curves.size()];
        for (int i = 0; i < length; i++) {
            int k = 0;
            for (double[] curve : curves) {
                if (i < curve.length) {
                    values[k++] = curve[i];
                }
            }
            MeanSd point = MeanSd.of(Arrays.copyOf(values, k));
            mean[i] = point.mean();
            sd[i] = point.sd();
            n[i] = point.n();
        }
        return new MeanCurve(mean, sd, n);
    }

    public int length() {
        return mean.length;
    }
}
