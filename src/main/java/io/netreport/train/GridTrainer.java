package io.netreport.train;

import io.netreport.config.Initialization;
import io.netreport.config.NetworkSpec;
import io.netreport.config.ReportConfig;
import io.netreport.data.PreparedData;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Trains every network under every initialization, on up to {@code jobs} threads. Runs are
 * independent and each has its own seeded generator, so the results do not depend on the number of
 * threads or the order in which runs finish.
 */
public final class GridTrainer {

    private final int jobs;

    public GridTrainer(int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, found " + jobs);
        }
        this.jobs = jobs;
    }

    /** The runs of a config, network by network, each under every initialization in config order. */
    public static List<RunSpec> specs(ReportConfig config) {
        List<RunSpec> specs = new ArrayList<>();
        for (NetworkSpec network : config.networks()) {
            for (Initialization init : config.initializations()) {
                specs.add(new RunSpec(network, init, config.training(), config.training().seed()));
            }
        }
        return specs;
    }

    /** Trains the runs; the results are in the order of {@code specs}. */
    public List<RunResult> train(List<RunSpec> specs, PreparedData data, ProgressListener progress) {
        Trainer trainer = new Trainer(data);
        if (jobs == 1 || specs.size() == 1) {
            return specs.stream().map(spec -> trainer.train(spec, progress)).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, specs.size()), runnable -> {
            Thread thread = new Thread(runnable, "netreport-train");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<RunResult>> futures = specs.stream().map(spec -> pool.submit(() -> trainer.train(spec, progress))).toList();
            List<RunResult> results = new ArrayList<>();
            for (Future<RunResult> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("training was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
