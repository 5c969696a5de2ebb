package io.netreport.train;

import io.netreport.Parallel;
import io.netreport.config.Initialization;
import io.netreport.config.NetworkSpec;
import io.netreport.config.ReportConfig;
import io.netreport.data.PreparedData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Trains every network under every initialization, on up to {@code jobs} threads. Runs are
 * independent and each has its own seeded generator, so the results do not depend on the number of
 * threads or the order in which runs finish.
 */
public final class GridTrainer {

    /** The results of a grid, in the order of its specs, and how many came from the cache. */
    public record Outcome(List<RunResult> results, int trained, int cached) {
    }

    private final int jobs;
    private final RunCache cache;
    private final boolean readCache;

    /** Trains everything, without a cache. */
    public GridTrainer(int jobs) {
        this(jobs, null, false);
    }

    /**
     * @param cache     where finished runs are stored, or null for none
     * @param readCache take runs from the cache when present; false retrains them (and stores them anew)
     */
    public GridTrainer(int jobs, RunCache cache, boolean readCache) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, found " + jobs);
        }
        this.jobs = jobs;
        this.cache = cache;
        this.readCache = readCache;
    }

    /** The runs of a config, network by network, each under every initialization and then every seed, in config order. */
    public static List<RunSpec> specs(ReportConfig config) {
        List<RunSpec> specs = new ArrayList<>();
        for (NetworkSpec network : config.networks()) {
            for (Initialization init : config.initializations()) {
                for (long seed : config.training().seeds()) {
                    specs.add(new RunSpec(network, init, config.training(), seed));
                }
            }
        }
        return specs;
    }

    /** Trains the runs; the results are in the order of {@code specs}. */
    public List<RunResult> train(List<RunSpec> specs, PreparedData data, ProgressListener progress) {
        return run(specs, data, progress).results();
    }

    /** Takes each run from the cache if it is there, trains the others on up to {@code jobs} threads. */
    public Outcome run(List<RunSpec> specs, PreparedData data, ProgressListener progress) {
        Trainer trainer = new Trainer(data);
        String fingerprint = cache == null ? "" : RunCache.fingerprint(data);
        RunResult[] results = new RunResult[specs.size()];
        List<Integer> toTrain = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            RunSpec spec = specs.get(i);
            Optional<RunRecord> cached = readCache ? cache.load(RunCache.key(spec, fingerprint)) : Optional.empty();
            if (cached.isPresent()) {
                results[i] = trainer.withRecord(spec, cached.get());
                progress.advanced(spec.training().iterations());
            } else {
                toTrain.add(i);
            }
        }
        // Longest runs first, so no thread is left with a long run at the end; each result keeps its place.
        toTrain.sort(Comparator.comparingLong((Integer i) -> -trainer.flopsPerIteration(specs.get(i))
                * specs.get(i).training().iterations()).thenComparing(i -> i));
        List<Runnable> tasks = new ArrayList<>();
        for (int i : toTrain) {
            tasks.add(() -> {
                results[i] = trainer.train(specs.get(i), progress);
                if (cache != null) {
                    cache.store(RunCache.key(specs.get(i), fingerprint), results[i].record());
                }
            });
        }
        Parallel.run(jobs, tasks, "netreport-train");
        return new Outcome(List.of(results), toTrain.size(), specs.size() - toTrain.size());
    }

}
