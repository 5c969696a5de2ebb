package io.netreport.site;

import io.netreport.InputException;
import io.netreport.Parallel;
import io.netreport.Version;
import io.netreport.analysis.ModelAnalysis;
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
    private final PageRenderer pageRenderer;

    public SiteBuilder(Path templates, int jobs) {
        if (!Files.isDirectory(templates)) {
            throw new InputException(templates + ": templates folder not found; run from the NetReport folder or give --templates");
        }
        this.templates = templates;
        this.jobs = jobs;
        this.pageRenderer = new PageRenderer(templates);
    }

    /**
     * Loads the template engine, the templates and the chart font ahead of time, on a thread of its
     * own, while the caller loads data and trains: a cold engine otherwise costs the first pages
     * most of a second.
     */
    public void warmUpInBackground() {
        Thread thread = new Thread(() -> {
            try {
                pageRenderer.warmUp();
                ChartRenderer.warmUp();
            } catch (RuntimeException e) {
                // the real build reports any problem with the templates
            }
        }, "netreport-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    public Written write(Path folder, ConfigFile configFile, DataSummary data, ReportAnalysis analysis) throws IOException {
        ReportConfig config = configFile.config();
        Messages messages = Messages.load(templates, config.language());
        Format format = Format.of(messages, config.nativeDigits());
        SitePaths paths = new SitePaths(config);
        ReportCharts reportCharts = new ReportCharts(config, analysis, paths, messages, format);
        copyAssets(folder);
        Files.createDirectories(folder.resolve("charts"));
        Files.createDirectories(folder.resolve("histories"));
        List<Page> pages = pages(folder, configFile, data, analysis, paths, reportCharts, messages, format);
        Map<String, ChartSpec> charts = reportCharts.all();
        ChartRenderer chartRenderer = new ChartRenderer(format::digits);
        List<Runnable> tasks = new ArrayList<>();
        tasks.add(() -> writeString(folder.resolve("results.json"), ResultsJson.toJson(Version.current(), configFile, data,
                analysis, paths)));
        for (Page page : pages) {
            tasks.add(() -> pageRenderer.render(page.template(), page.variables(), page.file()));
        }
        charts.forEach((file, spec) -> tasks.add(() -> writeString(folder.resolve(file), chartRenderer.svg(spec, chartId(file)))));
        for (RunAnalysis run : analysis.runs()) {
            tasks.add(() -> writeString(folder.resolve(paths.runHistory(run.run().spec())), HistoryCsv.of(run.run().history())));
            tasks.add(() -> writeString(folder.resolve(paths.runLayers(run.run().spec())), HistoryCsv.layers(run.run().diagnostics())));
        }
        try {
            // each task writes its own file, so the order they finish in does not matter
            Parallel.run(jobs, tasks, "netreport-site");
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Files.copy(configFile.path(), folder.resolve("config.yaml"));
        // GitHub Pages would otherwise run Jekyll, which hides files and folders starting with _ or .
        Files.writeString(folder.resolve(".nojekyll"), "");
        return new Written(pages.size(), charts.size());
    }

    /** One page to render: its template, the variables it reads and the file it goes to. */
    private record Page(String template, Map<String, Object> variables, Path file) {
    }

    private static List<Page> pages(Path folder, ConfigFile configFile, DataSummary data, ReportAnalysis analysis,
                                    SitePaths paths, ReportCharts charts, Messages messages, Format format) {
        ReportConfig config = configFile.config();
        ReportPages views = new ReportPages(config, data, analysis, paths, charts, messages, format);
        Frame frame = new Frame(config, messages, footer(configFile, data, views, messages, format));
        List<Page> pages = new ArrayList<>();
        pages.add(new Page("index", frame.with(config.title(), "index", Map.of("index", views.index())),
                folder.resolve("index.html")));
        for (ModelAnalysis model : analysis.models()) {
            pages.add(new Page("run", frame.with(views.modelTitle(model.network(), model.initialization()), "run",
                    Map.of("model", views.model(model))), folder.resolve(views.page(model))));
        }
        pages.add(new Page("comparisons", frame.with(messages.get("nav.comparisons"), "comparisons",
                Map.of("groups", views.comparisons())), folder.resolve("comparisons.html")));
        pages.add(new Page("method", frame.with(messages.get("nav.method"), "method", Map.of("method", views.method())),
                folder.resolve("method.html")));
        pages.add(new Page("404", frame.with(messages.get("notfound.title"), "", Map.of()), folder.resolve("404.html")));
        return pages;
    }

    /** What every page shares: the report's title, language and footer. */
    private record Frame(ReportConfig config, Messages messages, Views.Footer footer) {

        Map<String, Object> with(String title, String active, Map<String, Object> content) {
            Map<String, Object> variables = new HashMap<>(content);
            variables.put("page", new Views.Page(config.title(), title, active, messages.language(), messages.direction(), footer));
            variables.put(MessageResolver.VARIABLE, messages);
            return variables;
        }
    }

    private static Views.Footer footer(ConfigFile configFile, DataSummary data, ReportPages views, Messages messages,
                                       Format format) {
        ReportConfig config = configFile.config();
        String seeds = messages.get(config.training().seeds().size() > 1 ? "footer.seeds" : "footer.seed",
                views.seeds(config.training()))
                + (config.data().split() != null
                ? messages.get("footer.split-seed", format.digits(Long.toString(config.data().split().seed()))) : "");
        return new Views.Footer(Version.current(), configFile.path().getFileName().toString(), configFile.sha256(),
                data.sha256(), seeds);
    }

    /** The SVG id of a chart: its file name without folder and extension, unique in the site. */
    private static String chartId(String file) {
        return file.substring(file.lastIndexOf('/') + 1, file.length() - ".svg".length());
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
