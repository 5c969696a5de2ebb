package io.netreport.site;

import io.netreport.analysis.MeanCurve;
import io.netreport.analysis.ModelAnalysis;
import io.netreport.analysis.ReportAnalysis;
import io.netreport.analysis.RunAnalysis;
import io.netreport.analysis.SeedComparison;
import io.netreport.analysis.VarianceRule;
import io.netreport.chart.Band;
import io.netreport.chart.ChartSpec;
import io.netreport.chart.LineStyle;
import io.netreport.chart.Marker;
import io.netreport.chart.Palette;
import io.netreport.chart.Series;
import io.netreport.config.ChartsConfig;
import io.netreport.config.Initialization;
import io.netreport.config.NetworkSpec;
import io.netreport.config.ReportConfig;
import io.netreport.nn.LayerDiagnostics;
import io.netreport.train.TrainingHistory;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Every chart of the site: what it draws, its file, and the words around it. An initialization has
 * the same colour on every chart; within a chart, dashes tell train from validation, one network
 * or layer from another. With several seeds a curve is the mean over seeds in a band of ±1
 * standard deviation.
 */
final class ReportCharts {

    /** A chart to write and show: its file, what it draws, its caption and where its numbers are as text. */
    record Planned(String file, ChartSpec spec, String description, Views.Link data) {

        Views.Chart view() {
            return new Views.Chart(file, spec.title(), description, data);
        }
    }

    /** The four curves of the original report, in page order: chart kind, the series, and whether lower is better. */
    private record Curve(String kind, Function<TrainingHistory, double[]> values, boolean loss, boolean train) {
    }

    private static final List<Curve> CURVES = List.of(
            new Curve("train-loss", TrainingHistory::trainLoss, true, true),
            new Curve("validation-loss", TrainingHistory::validationLoss, true, false),
            new Curve("train-accuracy", TrainingHistory::trainAccuracy, false, true),
            new Curve("validation-accuracy", TrainingHistory::validationAccuracy, false, false));

    private final ReportConfig config;
    private final ReportAnalysis analysis;
    private final SitePaths paths;
    private final Messages m;
    private final Format f;
    private final ChartsConfig style;

    ReportCharts(ReportConfig config, ReportAnalysis analysis, SitePaths paths, Messages messages, Format format) {
        this.config = config;
        this.analysis = analysis;
        this.paths = paths;
        this.m = messages;
        this.f = format;
        this.style = config.charts();
    }

    /** Every chart of the site by file name, in page order. */
    Map<String, ChartSpec> all() {
        Map<String, ChartSpec> charts = new LinkedHashMap<>();
        List<Planned> planned = new ArrayList<>();
        overlays().forEach(group -> planned.addAll(group.charts()));
        for (ModelAnalysis model : analysis.models()) {
            planned.addAll(curves(model));
            planned.addAll(layers(model));
        }
        for (SeedComparison comparison : analysis.seedComparisons()) {
            comparison(comparison).ifPresent(planned::add);
        }
        planned.forEach(p -> charts.put(p.file(), p.spec()));
        return charts;
    }

    /** A titled group of planned charts. */
    record Group(String title, List<Planned> charts) {
    }

    /** The summary page's overlays: per network, every initialization; per initialization, every network. */
    List<Group> overlays() {
        List<Planned> byNetwork = new ArrayList<>();
        for (NetworkSpec network : config.networks()) {
            List<Series> series = new ArrayList<>();
            List<Marker> markers = new ArrayList<>();
            for (Initialization init : config.initializations()) {
                ModelAnalysis model = analysis.model(network.name(), init);
                if (hasFigures(model)) {
                    addCurve(model, TrainingHistory::validationLoss, m.initialization(init), Palette.of(init), LineStyle.SOLID, true,
                            m.get("series.validation-loss"), series, new ArrayList<>(), markers);
                }
            }
            if (!series.isEmpty()) {
                String title = m.get("chart.network-overlay", networkName(network));
                byNetwork.add(new Planned(paths.networkChart(network), spec(title, m.get("axis.validation-loss"), series,
                        List.of(), markers, style.logLossAxis()), m.get("description.network-overlay", meanNote()),
                        new Views.Link(m.get("link.summary-tables"), "#summaries")));
            }
        }
        List<Planned> byInit = new ArrayList<>();
        for (Initialization init : config.initializations()) {
            List<Series> series = new ArrayList<>();
            List<Marker> markers = new ArrayList<>();
            int i = 0;
            for (NetworkSpec network : config.networks()) {
                ModelAnalysis model = analysis.model(network.name(), init);
                LineStyle line = LineStyle.nth(i++);
                if (hasFigures(model)) {
                    addCurve(model, TrainingHistory::validationLoss, networkName(network), Palette.of(init), line, true,
                            m.get("series.validation-loss"), series, new ArrayList<>(), markers);
                }
            }
            if (!series.isEmpty()) {
                String title = m.get("chart.initialization-overlay", m.initialization(init));
                byInit.add(new Planned(paths.initializationChart(init), spec(title, m.get("axis.validation-loss"), series,
                        List.of(), markers, style.logLossAxis()), m.get("description.initialization-overlay", meanNote()),
                        new Views.Link(m.get("link.summary-tables"), "#summaries")));
            }
        }
        return List.of(new Group(m.get("overlays.by-network"), byNetwork), new Group(m.get("overlays.by-initialization"), byInit));
    }

    /** A model page's curves: the original report's four, train and validation together, the gap, and each seed. */
    List<Planned> curves(ModelAnalysis model) {
        if (!hasFigures(model)) {
            return List.of();
        }
        Initialization init = model.initialization();
        Color color = Palette.of(init);
        Views.Link data = new Views.Link(m.get("link.figures-table"), "#figures");
        List<Planned> charts = new ArrayList<>();
        for (Curve curve : CURVES) {
            List<Series> series = new ArrayList<>();
            List<Band> bands = new ArrayList<>();
            List<Marker> markers = new ArrayList<>();
            String part = m.get(curve.train() ? "series.train" : "series.validation");
            addCurve(model, curve.values(), part, color, curve.train() ? LineStyle.DASHED : LineStyle.SOLID, curve.loss(),
                    m.get("series." + curve.kind()), series, bands, markers);
            charts.add(new Planned(paths.modelChart(model.network(), init, curve.kind()),
                    spec(title(curve.kind(), model), m.get(curve.loss() ? "axis.loss" : "axis.accuracy"), series, bands, markers,
                            curve.loss() && style.logLossAxis()),
                    m.get("description." + curve.kind(), meanNote(model)), data));
        }
        List<Series> series = new ArrayList<>();
        List<Band> bands = new ArrayList<>();
        List<Marker> markers = new ArrayList<>();
        addCurve(model, TrainingHistory::trainLoss, m.get("series.train"), color, LineStyle.DASHED, true,
                m.get("series.train-loss"), series, bands, markers);
        addCurve(model, TrainingHistory::validationLoss, m.get("series.validation"), color, LineStyle.SOLID, true,
                m.get("series.validation-loss"), series, bands, markers);
        charts.add(new Planned(paths.modelChart(model.network(), init, "loss"),
                spec(title("loss", model), m.get("axis.loss"), series, bands, markers, style.logLossAxis()),
                m.get("description.loss", meanNote(model)), data));

        series = new ArrayList<>();
        bands = new ArrayList<>();
        addCurve(model, ReportCharts::gap, m.get("series.gap"), color, LineStyle.SOLID, true, "", series, bands, null);
        charts.add(new Planned(paths.modelChart(model.network(), init, "gap"),
                spec(title("gap", model), m.get("axis.gap"), series, bands, List.of(), false),
                m.get("description.gap", meanNote(model)), data));

        if (model.severalSeeds()) {
            series = new ArrayList<>();
            int i = 0;
            for (RunAnalysis run : model.runs()) {
                TrainingHistory h = run.run().history();
                if (h.iterations() > 0) {
                    series.add(new Series(m.get("series.seed", f.digits(Long.toString(run.run().spec().seed()))),
                            iterations(h.iterations()), h.validationLoss(), color, LineStyle.nth(i)));
                }
                i++;
            }
            charts.add(new Planned(paths.modelChart(model.network(), init, "seeds"),
                    spec(title("seeds", model), m.get("axis.validation-loss"), series, List.of(), List.of(), style.logLossAxis()),
                    m.get("description.seeds"), new Views.Link(m.get("link.seeds-table"), "#seeds")));
        }
        return charts;
    }

    /** A model page's per-layer charts; none for a network without hidden layers. */
    List<Planned> layers(ModelAnalysis model) {
        int[] widths = model.runs().get(0).run().widths();
        int layers = widths.length - 1;
        int[] iterations = model.diagnosticIterations();
        if (layers < 2 || iterations.length == 0) {
            return List.of();
        }
        Initialization init = model.initialization();
        Color color = Palette.of(init);
        Views.Link data = new Views.Link(m.get("link.layers-table"), "#layers");
        List<Planned> charts = new ArrayList<>();

        double[] layerAxis = new double[layers];
        double[] atStart = new double[layers];
        double[] atEnd = new double[layers];
        for (int l = 0; l < layers; l++) {
            layerAxis[l] = l + 1;
            atStart[l] = model.layerFigure(iterations[0], l, LayerDiagnostics::preActivationSd).mean();
            atEnd[l] = model.layerFigure(iterations[iterations.length - 1], l, LayerDiagnostics::preActivationSd).mean();
        }
        List<Series> signal = List.of(
                new Series(m.get("series.at-initialization"), layerAxis, atStart, color, LineStyle.SOLID),
                new Series(m.get("series.after-training", f.digits(Integer.toString(iterations[iterations.length - 1]))),
                        layerAxis, atEnd, color, LineStyle.DASHED),
                new Series(m.get("series.variance-rule"), layerAxis, VarianceRule.predictedSd(widths, init), Palette.RULE,
                        LineStyle.DOTTED));
        charts.add(new Planned(paths.modelChart(model.network(), init, "signal"),
                new ChartSpec(title("signal", model), m.get("axis.layer"), m.get("axis.signal"), signal, List.of(), List.of(), true, 0),
                m.get("description.signal", meanNote(model)), data));

        charts.add(layerChart(model, "gradients", iterations, layers, LayerDiagnostics::backpropagatedGradientNorm, true, data));
        charts.add(layerChart(model, "weight-gradients", iterations, layers, LayerDiagnostics::weightGradientNorm, true, data));
        charts.add(layerChart(model, "dead", iterations, layers - 1, LayerDiagnostics::deadFraction, false, data));
        return charts;
    }

    private Planned layerChart(ModelAnalysis model, String kind, int[] iterations, int layers,
                               ToDoubleFunction<LayerDiagnostics> figure, boolean log, Views.Link data) {
        double[] x = new double[iterations.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = iterations[i];
        }
        List<Series> series = new ArrayList<>();
        int total = model.runs().get(0).run().widths().length - 1;
        for (int l = 0; l < layers; l++) {
            double[] y = new double[iterations.length];
            for (int i = 0; i < y.length; i++) {
                y[i] = model.layerFigure(iterations[i], l, figure).mean();
            }
            String name = l == total - 1 ? m.get("series.output-layer") : m.get("series.layer", f.digits(Integer.toString(l + 1)));
            series.add(new Series(name, x, y, Palette.of(model.initialization()), LineStyle.nth(l)));
        }
        return new Planned(paths.modelChart(model.network(), model.initialization(), kind),
                new ChartSpec(title(kind, model), m.get("axis.iteration"), m.get("axis." + kind), series, List.of(), List.of(), log, 0),
                m.get("description." + kind, meanNote(model)), data);
    }

    /** The validation loss of both initializations of a comparison; empty when either has no figures. */
    Optional<Planned> comparison(SeedComparison c) {
        ModelAnalysis baseline = analysis.model(c.network(), c.baseline());
        ModelAnalysis challenger = analysis.model(c.network(), c.challenger());
        if (!hasFigures(baseline) || !hasFigures(challenger)) {
            return Optional.empty();
        }
        List<Series> series = new ArrayList<>();
        List<Band> bands = new ArrayList<>();
        List<Marker> markers = new ArrayList<>();
        for (ModelAnalysis model : List.of(baseline, challenger)) {
            addCurve(model, TrainingHistory::validationLoss, m.initialization(model.initialization()), Palette.of(model.initialization()),
                    LineStyle.SOLID, true, m.get("series.validation-loss"), series, bands, markers);
        }
        String title = m.get("chart.comparison", m.initialization(c.baseline()), m.initialization(c.challenger()),
                ReportPages.isolated(c.network()));
        return Optional.of(new Planned(paths.comparisonChart(c.baseline(), c.challenger(), c.network()),
                spec(title, m.get("axis.validation-loss"), series, bands, markers, style.logLossAxis()),
                m.get("description.comparison", meanNote(baseline)),
                new Views.Link(m.get("link.comparison-table"), "#" + paths.comparisonAnchor(c.baseline(), c.challenger(), c.network()))));
    }

    /**
     * Adds a model's curve: the single run's values, or with several seeds the mean with its band;
     * and, if {@code markers} is given, a marker at its best point (lowest loss or highest accuracy).
     */
    private void addCurve(ModelAnalysis model, Function<TrainingHistory, double[]> values, String name, Color color, LineStyle line,
                          boolean lowerIsBetter, String what, List<Series> series, List<Band> bands, List<Marker> markers) {
        MeanCurve curve = model.curve(values);
        double[] x = iterations(curve.length());
        series.add(new Series(name, x, curve.mean(), color, line));
        if (model.severalSeeds()) {
            double[] lower = new double[curve.length()];
            double[] upper = new double[curve.length()];
            for (int i = 0; i < lower.length; i++) {
                lower[i] = curve.mean()[i] - curve.sd()[i];
                upper[i] = curve.mean()[i] + curve.sd()[i];
            }
            bands.add(new Band(x, lower, upper, color));
        }
        if (markers != null && curve.length() > 0) {
            int best = 0;
            for (int i = 1; i < curve.length(); i++) {
                if (lowerIsBetter ? curve.mean()[i] < curve.mean()[best] : curve.mean()[i] > curve.mean()[best]) {
                    best = i;
                }
            }
            String key = lowerIsBetter ? "marker.minimum" : "marker.maximum";
            markers.add(new Marker(best + 1, curve.mean()[best], color,
                    m.get(key, name + (what.isEmpty() ? "" : " · " + what), f.fixed(curve.mean()[best], 4),
                            f.digits(Integer.toString(best + 1)))));
        }
    }

    private ChartSpec spec(String title, String yLabel, List<Series> series, List<Band> bands, List<Marker> markers, boolean log) {
        return new ChartSpec(title, m.get("axis.iteration"), yLabel, series, bands, markers, log, style.smoothing());
    }

    private String title(String kind, ModelAnalysis model) {
        return m.get("chart.title", m.get("chart." + kind), m.get("model.name", networkName(model.network()),
                m.initialization(model.initialization())));
    }

    private String networkName(NetworkSpec network) {
        return ReportPages.isolated(network.name());
    }

    /** The words that say a curve is a mean over seeds, or nothing with one seed. */
    private String meanNote(ModelAnalysis model) {
        return model.severalSeeds() ? m.get("note.mean-over-seeds", f.digits(Integer.toString(model.runs().size()))) : "";
    }

    private String meanNote() {
        return meanNote(analysis.models().get(0));
    }

    private static boolean hasFigures(ModelAnalysis model) {
        return model.runs().stream().anyMatch(r -> r.run().history().iterations() > 0);
    }

    private static double[] gap(TrainingHistory h) {
        double[] gap = new double[h.iterations()];
        for (int i = 0; i < gap.length; i++) {
            gap[i] = h.validationLoss()[i] - h.trainLoss()[i];
        }
        return gap;
    }

    private static double[] iterations(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i + 1;
        }
        return x;
    }
}
