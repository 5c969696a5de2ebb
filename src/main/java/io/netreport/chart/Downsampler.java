package io.netreport.chart;

/**
 * Largest-triangle-three-buckets downsampling (Steinarsson, 2013): keeps the first and last point
 * and, from each bucket in between, the point that spans the largest triangle with its neighbours,
 * so peaks and turns survive while a 10,000-point curve becomes a few hundred points.
 */
public final class Downsampler {

    private Downsampler() {
    }

    /** The indices of the points to keep, at most {@code threshold} of them (all if there are fewer). */
    public static int[] lttb(double[] x, double[] y, int threshold) {
        int n = x.length;
        if (threshold >= n || threshold < 3) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        int[] kept = new int[threshold];
        double bucketSize = (n - 2) / (double) (threshold - 2);
        int a = 0;
        kept[0] = 0;
        for (int bucket = 0; bucket < threshold - 2; bucket++) {
            int nextStart = (int) Math.floor((bucket + 1) * bucketSize) + 1;
            int nextEnd = Math.min((int) Math.floor((bucket + 2) * bucketSize) + 1, n);
            double avgX = 0;
            double avgY = 0;
            for (int i = nextStart; i < nextEnd; i++) {
                avgX += x[i];
                avgY += y[i];
            }
            int count = Math.max(nextEnd - nextStart, 1);
            avgX /= count;
            avgY /= count;
            int start = (int) Math.floor(bucket * bucketSize) + 1;
            int end = (int) Math.floor((bucket + 1) * bucketSize) + 1;
            double bestArea = -1;
            int best = start;
            for (int i = start; i < end; i++) {
                double area = Math.abs((x[a] - avgX) * (y[i] - y[a]) - (x[a] - x[i]) * (avgY - y[a]));
                if (area > bestArea) {
                    bestArea = area;
                    best = i;
                }
            }
            kept[bucket + 1] = best;
            a = best;
        }
        kept[threshold - 1] = n - 1;
        return kept;
    }
}
