package io.netreport.cli;

import io.netreport.analysis.ReportAnalysis;
import io.netreport.config.ConfigFile;
import io.netreport.config.ConfigLoader;
import io.netreport.data.DataLoader;
import io.netreport.data.PreparedData;
import io.netreport.site.SiteBuilder;
import io.netreport.site.SitePublisher;
import io.netreport.train.GridTrainer;
import io.netreport.train.ProgressListener;
import io.netreport.train.RunCache;
import io.netreport.train.RunResult;
import io.netreport.train.RunSpec;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The whole pipeline, one call per stage: load the config, load the data, train every run, analyse,
 * then write charts and pages into a staging folder that replaces the output only when complete.
 */
public final class ReportBuilder {

    /**
     * Where to read from and write to, and how.
     *
     * @param cache     folder of the results cache, or null for none
     * @param readCache take finished runs from the cache; false trains every run (and refreshes the cache)
     */
    public record Options(Path config, Path out, Path templates, int jobs, Path cache, boolean readCache) {
    }

    /** What a build did, for the console. */
    public record Summary(int runs, int trained, int cached, int pages, int charts, long trainingMillis, long totalMillis) {
    }

    private final PrintStream console;
    private final Function<Long, ProgressListener> progress;

    /**
     * @param console  receives one line of counts and times at the end; may be a null stream
     * @param progress makes a listener for a given total number of iterations
     */
    public ReportBuilder(PrintStream console, Function<Long, ProgressListener> progress) {
        this.console = console;
        this.progress = progress;
    }

    public Summary build(Options options) throws IOException {
        long start = System.nanoTime();
        SiteBuilder site = new SiteBuilder(options.templates(), options.jobs());
        site.warmUpInBackground();
        ConfigFile config = new ConfigLoader().load(options.config());
        PreparedData data = DataLoader.load(config);
        List<RunSpec> specs = GridTrainer.specs(config.config());
        long trainingStart = System.nanoTime();
        GridTrainer.Outcome outcome = train(specs, data, options);
        List<RunResult> results = outcome.results();
        long trainingMillis = (System.nanoTime() - trainingStart) / 1_000_000;
        ReportAnalysis analysis = ReportAnalysis.of(config.config(), data.summary(), results);
        SiteBuilder.Written written = SitePublisher.publish(options.out(),
                folder -> site.write(folder, config, data.summary(), analysis));
        Summary summary = new Summary(results.size(), outcome.trained(), outcome.cached(), written.pages(), written.charts(),
                trainingMillis, (System.nanoTime() - start) / 1_000_000);
        console.printf(Locale.ROOT, "Built %s: %d runs (%d trained in %.1f s, %d from the cache), %d pages, %d charts,"
                        + " %.1f s in all.%n", options.out(), summary.runs(), summary.trained(), summary.trainingMillis() / 1000.0,
                summary.cached(), summary.pages(), summary.charts(), summary.totalMillis() / 1000.0);
        return summary;
    }

    /** Loads the config and the data and reports what would be trained, without training. */
    public void check(Path configPath) {
        ConfigFile config = new ConfigLoader().load(configPath);
        PreparedData data = DataLoader.load(config);
        int runs = GridTrainer.specs(config.config()).size();
        console.printf(Locale.ROOT, "%s is valid: %d rows, %d features, parts %s; %d runs of %d iterations.%n",
                configPath, data.summary().rows(), data.summary().featureNames().size(),
                String.join(", ", data.summary().parts().stream().map(p -> p.name() + " " + p.rows()).toList()),
                runs, config.config().training().iterations());
    }

    private GridTrainer.Outcome train(List<RunSpec> specs, PreparedData data, Options options) {
        long total = specs.stream().mapToLong(s -> s.training().iterations()).sum();
        ProgressListener listener = progress.apply(total);
        RunCache cache = options.cache() == null ? null : new RunCache(options.cache());
        try {
            return new GridTrainer(options.jobs(), cache, options.readCache()).run(specs, data, listener);
        } finally {
            if (listener instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception ignored) {
                    // a progress bar that fails to close must not fail the build
                }
            }
        }
    }
}
