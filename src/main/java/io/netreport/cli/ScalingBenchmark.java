package io.netreport.cli;

import io.netreport.config.Initialization;
import io.netreport.config.NetworkSpec;
import io.netreport.config.TrainingConfig;
import io.netreport.data.DataSummary;
import io.netreport.data.Dataset;
import io.netreport.data.PartSummary;
import io.netreport.data.PreparedData;
import io.netreport.train.ProgressListener;
import io.netreport.train.RunSpec;
import io.netreport.train.Trainer;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * Times a [20, 64, 32, 1] network for 100 iterations on data sets of growing size, made by
 * resampling the config's standardized train part with noise and widening it to 20 features, so
 * that the cost per row can be seen to stay flat. Nothing is written to disk.
 */
final class ScalingBenchmark {

    static final int FEATURES = 20;
    static final int ITERATIONS = 100;
    private static final RunSpec SPEC = new RunSpec(new NetworkSpec("[20, 64, 32, 1]", List.of(64, 32)), Initialization.HE,
            new TrainingConfig(0.1, ITERATIONS, ITERATIONS, 1L), 1);

    private ScalingBenchmark() {
    }

    static void run(PreparedData source, List<Integer> rowCounts, PrintStream out) {
        out.printf(Locale.ROOT, "%10s %10s %12s %16s %14s%n", "rows", "seconds", "µs/iteration", "ns/row-iteration", "heap used MB");
        for (int rows : rowCounts) {
            PreparedData data = resample(source.train(), rows, new Random(rows));
            Runtime runtime = Runtime.getRuntime();
            System.gc();
            long start = System.nanoTime();
            new Trainer(data).train(SPEC, ProgressListener.NONE);
            long elapsed = System.nanoTime() - start;
            long used = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
            out.printf(Locale.ROOT, "%10d %10.2f %12.0f %16.1f %14d%n", rows, elapsed / 1e9, elapsed / 1e3 / ITERATIONS,
                    (double) elapsed / ITERATIONS / rows, used);
        }
    }

    /**
     * {@code rows} samples drawn with replacement from {@code part}, each feature jittered by
     * Gaussian noise, widened to {@link #FEATURES} columns by noisy sums of two original features;
     * four fifths train, one fifth validation.
     */
    static PreparedData resample(Dataset part, int rows, Random random) {
        int n = part.features();
        List<String> names = new ArrayList<>();
        for (int f = 0; f < FEATURES; f++) {
            names.add("f" + f);
        }
        int trainRows = rows * 4 / 5;
        Dataset train = draw(part, trainRows, n, names, random);
        Dataset validation = draw(part, rows - trainRows, n, names, random);
        DataSummary summary = new DataSummary(List.of("generated"), "", "label", "1", "0", names, rows, 0,
                List.of(PartSummary.of("train", train), PartSummary.of("validation", validation)));
        return new PreparedData(train, validation, Optional.empty(), summary);
    }

    private static Dataset draw(Dataset part, int rows, int n, List<String> names, Random random) {
        double[] x = new double[rows * FEATURES];
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            int source = random.nextInt(part.rows());
            y[i] = part.y()[source];
            for (int f = 0; f < FEATURES; f++) {
                double value = f < n ? part.value(source, f) : part.value(source, f % n) + part.value(source, (f * 7 + 3) % n);
                x[i * FEATURES + f] = value + 0.1 * random.nextGaussian();
            }
        }
        return new Dataset(names, x, y);
    }
}
