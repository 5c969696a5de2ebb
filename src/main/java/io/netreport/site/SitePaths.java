package io.netreport.site;

import io.netreport.config.Initialization;
import io.netreport.config.NetworkSpec;
import io.netreport.config.ReportConfig;
import io.netreport.train.RunSpec;
import java.util.Map;

/**
 * The file name of every page, chart and download in the site, from safe, unique slugs of the
 * network names. A model (network and initialization) has one page whatever the number of seeds;
 * with several seeds, a run's downloads end in its seed.
 */
final class SitePaths {

    private final Map<String, String> networkSlugs;
    private final boolean severalSeeds;

    SitePaths(ReportConfig config) {
        networkSlugs = Slugs.unique(config.networks().stream().map(NetworkSpec::name).toList());
        severalSeeds = config.training().seeds().size() > 1;
    }

    /** The id of a model: {@code <network-slug>-<init>}. */
    String modelId(NetworkSpec network, Initialization init) {
        return networkSlugs.get(network.name()) + "-" + init.key();
    }

    /** The id of a run, used in download names and in results.json: the model's id, then {@code -seed-<seed>} with several seeds. */
    String runId(RunSpec spec) {
        return modelId(spec.network(), spec.initialization()) + (severalSeeds ? "-seed-" + spec.seed() : "");
    }

    String modelPage(NetworkSpec network, Initialization init) {
        return "run-" + modelId(network, init) + ".html";
    }

    /** Every recorded figure of a run, as CSV. */
    String runHistory(RunSpec spec) {
        return "histories/" + runId(spec) + ".csv";
    }

    /** The per-layer diagnostics of a run, as CSV. */
    String runLayers(RunSpec spec) {
        return "histories/" + runId(spec) + "-layers.csv";
    }

    String modelChart(NetworkSpec network, Initialization init, String kind) {
        return "charts/" + modelId(network, init) + "-" + kind + ".svg";
    }

    /** Validation loss of every initialization on one network. */
    String networkChart(NetworkSpec network) {
        return "charts/network-" + networkSlugs.get(network.name()) + "-validation-loss.svg";
    }

    /** Validation loss of every network under one initialization. */
    String initializationChart(Initialization init) {
        return "charts/initialization-" + init.key() + "-validation-loss.svg";
    }

    String comparisonAnchor(Initialization baseline, Initialization challenger) {
        return baseline.key() + "-vs-" + challenger.key();
    }

    /** The anchor of one network's comparison on the comparisons page. */
    String comparisonAnchor(Initialization baseline, Initialization challenger, String network) {
        return comparisonAnchor(baseline, challenger) + "-" + networkSlugs.get(network);
    }

    String comparisonChart(Initialization baseline, Initialization challenger, String network) {
        return "charts/compare-" + comparisonAnchor(baseline, challenger, network) + ".svg";
    }
}
