package io.netreport.analysis;

import io.netreport.config.ComparisonSpec;
import io.netreport.config.Initialization;
import io.netreport.config.NetworkSpec;
import io.netreport.config.ReportConfig;
import io.netreport.train.RunResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The analysed runs, in config order (network by network, each under every initialization, then
 * every seed), and the comparisons (pair by pair, then network by network, then seed by seed: a
 * baseline and a challenger are compared on the same seed).
 */
public record ReportAnalysis(List<RunAnalysis> runs, List<Comparison> comparisons) {

    public ReportAnalysis {
        runs = List.copyOf(runs);
        comparisons = List.copyOf(comparisons);
    }

    public static ReportAnalysis of(ReportConfig config, List<RunResult> results) {
        List<RunAnalysis> runs = results.stream().map(RunAnalysis::of).toList();
        ReportAnalysis partial = new ReportAnalysis(runs, List.of());
        List<Comparison> comparisons = new ArrayList<>();
        for (ComparisonSpec spec : config.comparisons()) {
            for (NetworkSpec network : config.networks()) {
                for (long seed : config.training().seeds()) {
                    comparisons.add(Comparison.of(partial.run(network.name(), spec.baseline(), seed),
                            partial.run(network.name(), spec.challenger(), seed)));
                }
            }
        }
        return new ReportAnalysis(runs, comparisons);
    }

    /** The run of a network under an initialization with a seed. */
    public RunAnalysis run(String network, Initialization init, long seed) {
        return runs.stream()
                .filter(r -> r.run().spec().network().name().equals(network) && r.run().spec().initialization() == init
                        && r.run().spec().seed() == seed)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no run of " + network + " under " + init.key() + " with seed " + seed));
    }
}
