package io.netreport.analysis;

import io.netreport.config.ComparisonSpec;
import io.netreport.config.Initialization;
import io.netreport.config.NetworkSpec;
import io.netreport.config.ReportConfig;
import io.netreport.data.DataSummary;
import io.netreport.train.RunResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The analysed runs, in config order (network by network, each under every initialization, then
 * every seed); the models (network and initialization over the seeds, in the same order); the
 * per-seed comparisons (pair by pair, then network by network, then seed by seed: a baseline and a
 * challenger are compared on the same seed) and, per pair and network, their summary over seeds.
 */
public record ReportAnalysis(List<RunAnalysis> runs, List<ModelAnalysis> models, List<Comparison> comparisons,
                             List<SeedComparison> seedComparisons) {

    public ReportAnalysis {
        runs = List.copyOf(runs);
        models = List.copyOf(models);
        comparisons = List.copyOf(comparisons);
        seedComparisons = List.copyOf(seedComparisons);
    }

    public static ReportAnalysis of(ReportConfig config, DataSummary data, List<RunResult> results) {
        List<RunAnalysis> runs = results.stream().map(r -> RunAnalysis.of(r, data)).toList();
        List<ModelAnalysis> models = new ArrayList<>();
        for (NetworkSpec network : config.networks()) {
            for (Initialization init : config.initializations()) {
                models.add(new ModelAnalysis(network, init, runs.stream()
                        .filter(r -> r.run().spec().network().equals(network) && r.run().spec().initialization() == init)
                        .toList()));
            }
        }
        List<Comparison> comparisons = new ArrayList<>();
        List<SeedComparison> seedComparisons = new ArrayList<>();
        for (ComparisonSpec spec : config.comparisons()) {
            for (NetworkSpec network : config.networks()) {
                List<Comparison> seeds = new ArrayList<>();
                for (long seed : config.training().seeds()) {
                    seeds.add(Comparison.of(run(runs, network.name(), spec.baseline(), seed),
                            run(runs, network.name(), spec.challenger(), seed)));
                }
                comparisons.addAll(seeds);
                seedComparisons.add(SeedComparison.of(seeds));
            }
        }
        return new ReportAnalysis(runs, models, comparisons, seedComparisons);
    }

    /** The run of a network under an initialization with a seed. */
    public RunAnalysis run(String network, Initialization init, long seed) {
        return run(runs, network, init, seed);
    }

    /** The model of a network under an initialization. */
    public ModelAnalysis model(String network, Initialization init) {
        return models.stream().filter(m -> m.network().name().equals(network) && m.initialization() == init).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no model of " + network + " under " + init.key()));
    }

    private static RunAnalysis run(List<RunAnalysis> runs, String network, Initialization init, long seed) {
        return runs.stream()
                .filter(r -> r.run().spec().network().name().equals(network) && r.run().spec().initialization() == init
                        && r.run().spec().seed() == seed)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no run of " + network + " under " + init.key() + " with seed " + seed));
    }
}
