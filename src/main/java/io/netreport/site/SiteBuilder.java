package io.netreport.site;

import io.netreport.InputException;
import io.netreport.Version;
import io.netreport.analysis.ReportAnalysis;
import io.netreport.analysis.RunAnalysis;
import io.netreport.chart.ChartRenderer;
import io.netreport.chart.ChartSpec;
import io.netreport.config.ConfigFile;
import io.netreport.config.ReportConfig;
import io.netreport.data.DataSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;

/**
 * The site stage: writes the pages, charts, {@code results.json} and assets of a report into a
 * folder. It does not publish; {@link SitePublisher} swaps the folder in.
 */
public final class SiteBuilder {

    /** How many files of each kind a build wrote. */
    public record Written(int pages, int charts) {
    }

    private final Path templates;
    private final int jobs;

    public SiteBuilder(Path templates, int jobs) {
        if (!Files.isDirectory(templates)) {
            throw new InputException(templates + ": templates folder not found; run from the NetReport folder or give --templates");
        }
        this.templates = templates;
        this.jobs = jobs;
    }

    public Written write(Path folder, ConfigFile configFile, DataSummary data, ReportAnalysis analysis) throws IOException {
        ReportConfig config = configFile.config();
        SitePaths paths = new SitePaths(config);
        copyAssets(folder);
        int charts = writeCharts(folder, ReportCharts.all(analysis, paths));
        int pages = writePages(folder, configFile, data, analysis, paths);
        Files.writeString(folder.resolve("results.json"), ResultsJson.toJson(Version.current(), configFile, data, analysis, paths));
        Files.copy(configFile.path(), folder.resolve("config.yaml"));
        // GitHub Pages would otherwise run Jekyll, which hides files and folders starting with _ or .
        Files.writeString(folder.resolve(".nojekyll"), "");
        return new Written(pages, charts);
    }

    private int writePages(Path folder, ConfigFile configFile, DataSummary data, ReportAnalysis analysis,
                           SitePaths paths) throws IOException {
        ReportConfig config = configFile.config();
        ReportPages pages = new ReportPages(config, data, analysis, paths);
        PageRenderer renderer = new PageRenderer(templates);
        Views.Footer footer = footer(configFile, data);
        renderer.render("index", frame(config, config.title(), "index", footer, Map.of("index", pages.index())),
                folder.resolve("index.html"));
        for (RunAnalysis run : analysis.runs()) {
            renderer.render("run", frame(config, pages.runTitle(run.run().spec()), "run", footer, Map.of("run", pages.run(run))),
                    folder.resolve(pages.page(run)));
        }
        renderer.render("comparisons", frame(config, "Comparisons", "comparisons", footer,
                Map.of("groups", pages.comparisons())), folder.resolve("comparisons.html"));
        renderer.render("method", frame(config, "Method", "method", footer, Map.of("method", pages.method())),
                folder.resolve("method.html"));
        renderer.render("404", frame(config, "Page not found", "", footer, Map.of()), folder.resolve("404.html"));
        return analysis.runs().size() + 4;
    }

    private static Map<String, Object> frame(ReportConfig config, String title, String active, Views.Footer footer,
                                             Map<String, Object> content) {
        Map<String, Object> variables = new HashMap<>(content);
        variables.put("page", new Views.Page(config.title(), title, active, footer));
        return variables;
    }

    private static Views.Footer footer(ConfigFile configFile, DataSummary data) {
        return new Views.Footer(Version.current(), configFile.path().getFileName().toString(), configFile.sha256(),
                data.sha256(), "initialization seed " + configFile.config().training().seed()
                + (configFile.config().data().split() != null ? ", split seed " + configFile.config().data().split().seed() : ""));
    }

    private int writeCharts(Path folder, Map<String, ChartSpec> charts) throws IOException {
        Files.createDirectories(folder.resolve("charts"));
        ChartRenderer renderer = new ChartRenderer();
        List<Map.Entry<String, ChartSpec>> entries = new ArrayList<>(charts.entrySet());
        Runnable all = () -> entries.parallelStream().forEach(entry -> {
            String id = entry.getKey().replace("charts/", "").replace(".svg", "");
            writeString(folder.resolve(entry.getKey()), renderer.svg(entry.getValue(), id));
        });
        ForkJoinPool pool = new ForkJoinPool(jobs);
        try {
            pool.submit(all).join();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            pool.shutdown();
        }
        return charts.size();
    }

    private static void writeString(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void copyAssets(Path folder) throws IOException {
        Path assets = templates.resolve("assets");
        if (!Files.isDirectory(assets)) {
            return;
        }
        try (Stream<Path> files = Files.walk(assets)) {
            for (Path source : files.sorted().toList()) {
                Path target = folder.resolve("assets").resolve(assets.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
