package io.netreport.site;

import io.netreport.config.Initialization;
import io.netreport.config.NetworkSpec;
import io.netreport.config.ReportConfig;
import java.util.Map;

/** The file name of every page and chart in the site, from safe, unique slugs of the network names. */
final class SitePaths {

    private final Map<String, String> networkSlugs;

    SitePaths(ReportConfig config) {
        networkSlugs = Slugs.unique(config.networks().stream().map(NetworkSpec::name).toList());
    }

    /** The id of a run, used in file names and in results.json: {@code <network-slug>-<init>}. */
    String runId(String network, Initialization init) {
        return networkSlugs.get(network) + "-" + init.key();
    }

    String runPage(String network, Initialization init) {
        return "run-" + runId(network, init) + ".html";
    }

    String runChart(String network, Initialization init, String kind) {
        return "charts/" + runId(network, init) + "-" + kind + ".svg";
    }

    String comparisonAnchor(Initialization baseline, Initialization challenger) {
        return baseline.key() + "-vs-" + challenger.key();
    }

    String comparisonChart(Initialization baseline, Initialization challenger, String network) {
        return "charts/compare-" + comparisonAnchor(baseline, challenger) + "-" + networkSlugs.get(network) + ".svg";
    }

    String networkSlug(String network) {
        return networkSlugs.get(network);
    }
}
