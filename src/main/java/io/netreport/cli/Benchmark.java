package io.netreport.cli;

import io.netreport.data.PreparedData;
import io.netreport.train.ProgressListener;
import io.netreport.train.RunResult;
import io.netreport.train.RunSpec;
import io.netreport.train.Trainer;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Times the training kernel: every run of a grid on one thread (after a warm-up pass, best of
 * several repeats), its achieved GFLOP/s, and beside it the machine's own multiply-add ceiling
 * measured the same way, so the distance to the limit is visible.
 */
final class Benchmark {

    /** The measured time of one run. */
    record Timing(RunSpec spec, long flopsPerIteration, double microsPerIteration) {
        double gflops() {
            return flopsPerIteration / microsPerIteration / 1000.0;
        }
    }

    private Benchmark() {
    }

    static List<Timing> time(List<RunSpec> specs, PreparedData data, int repeats) {
        Trainer trainer = new Trainer(data);
        for (RunSpec spec : specs) {
            trainer.train(spec, ProgressListener.NONE);
        }
        return specs.stream().map(spec -> {
            long best = Long.MAX_VALUE;
            RunResult result = null;
            for (int r = 0; r < repeats; r++) {
                long start = System.nanoTime();
                result = trainer.train(spec, ProgressListener.NONE);
                best = Math.min(best, System.nanoTime() - start);
            }
            return new Timing(spec, result.flopsPerIteration(), best / 1000.0 / spec.training().iterations());
        }).toList();
    }

    /**
     * GFLOP/s of {@code y += a * x} over an array that stays in the L1 cache: two flops per element,
     * a loop the JIT vectorizes. Best of several timed passes.
     */
    static double multiplyAddCeiling() {
        double[] x = new double[1024];
        double[] y = new double[1024];
        for (int i = 0; i < x.length; i++) {
            x[i] = 1e-9 * i;
        }
        int sweeps = 20_000;
        double best = 0;
        for (int pass = 0; pass < 30; pass++) {
            long start = System.nanoTime();
            for (int s = 0; s < sweeps; s++) {
                multiplyAdd(0.999999, x, y);
            }
            long elapsed = System.nanoTime() - start;
            best = Math.max(best, 2.0 * x.length * sweeps / elapsed);
        }
        if (y[1] == 42) {
            System.out.print("");  // keeps y alive
        }
        return best;
    }

    private static void multiplyAdd(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }

    static void print(PrintStream out, List<Timing> timings, double ceiling) {
        out.printf(Locale.ROOT, "%-28s %12s %14s %10s %9s%n", "run", "µs/iteration", "flop/iteration", "GFLOP/s", "ceiling");
        for (Timing t : timings) {
            String name = t.spec().network().name() + " " + t.spec().initialization().key();
            out.printf(Locale.ROOT, "%-28s %12.1f %14d %10.2f %8.0f%%%n", name, t.microsPerIteration(), t.flopsPerIteration(),
                    t.gflops(), 100 * t.gflops() / ceiling);
        }
        double grid = timings.stream().mapToDouble(t -> t.microsPerIteration() * t.spec().training().iterations()).sum() / 1e6;
        out.printf(Locale.ROOT, "whole grid on one thread: %.3f s; multiply-add ceiling: %.2f GFLOP/s%n", grid, ceiling);
    }
}
