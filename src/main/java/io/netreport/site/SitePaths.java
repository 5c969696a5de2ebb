package io.netreport.site;

import io.netreport.analysis.Comparison;
import io.netreport.config.Initialization;
import io.netreport.config.NetworkSpec;
import io.netreport.config.ReportConfig;
import io.netreport.train.RunSpec;
import java.util.Map;

/**
 * The file name of every page and chart in the site, from safe, unique slugs of the network names;
 * with several seeds, a run's names end in its seed.
 */
final class SitePaths {

    private final Map<String, String> networkSlugs;
    private final boolean severalSeeds;

    SitePaths(ReportConfig config) {
        networkSlugs = Slugs.unique(config.networks().stream().map(NetworkSpec::name).toList());
        severalSeeds = config.training().seeds().size() > 1;
    }

    /** Whether runs are told apart by their seed. */
    boolean severalSeeds() {
        return severalSeeds;
    }

    /** The id of a run, used in file names and in results.json: {@code <network-slug>-<init>[-seed-<seed>]}. */
    String runId(RunSpec spec) {
        return networkSlugs.get(spec.network().name()) + "-" + spec.initialization().key() + seedSuffix(spec.seed());
    }

    String runPage(RunSpec spec) {
        return "run-" + runId(spec) + ".html";
    }

    /** Every recorded figure of a run, as CSV. */
    String runHistory(RunSpec spec) {
        return "histories/" + runId(spec) + ".csv";
    }

    String runChart(RunSpec spec, String kind) {
        return "charts/" + runId(spec) + "-" + kind + ".svg";
    }

    String comparisonAnchor(Initialization baseline, Initialization challenger) {
        return baseline.key() + "-vs-" + challenger.key();
    }

    /** The anchor of one comparison on the comparisons page. */
    String comparisonAnchor(Comparison c) {
        return comparisonAnchor(c.baseline(), c.challenger()) + "-" + networkSlugs.get(c.network()) + seedSuffix(c.seed());
    }

    String comparisonChart(Comparison c) {
        return "charts/compare-" + comparisonAnchor(c) + ".svg";
    }

    private String seedSuffix(long seed) {
        return severalSeeds ? "-seed-" + seed : "";
    }
}
