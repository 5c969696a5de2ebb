package io.netreport.site;

import io.netreport.analysis.Comparison;
import io.netreport.analysis.ReportAnalysis;
import io.netreport.analysis.RunAnalysis;
import io.netreport.chart.ChartSpec;
import io.netreport.chart.Palette;
import io.netreport.chart.Series;
import io.netreport.config.Initialization;
import io.netreport.train.RunSpec;
import io.netreport.train.TrainingHistory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every chart of the site, keyed by its file name in the site. */
final class ReportCharts {

    /** The charts of a run page, in page order: file-name suffix and title. */
    static final List<String> RUN_CHART_KINDS = List.of("train-loss", "validation-loss", "train-accuracy",
            "validation-accuracy", "loss");

    private ReportCharts() {
    }

    static Map<String, ChartSpec> all(ReportAnalysis analysis, SitePaths paths) {
        Map<String, ChartSpec> charts = new LinkedHashMap<>();
        for (RunAnalysis run : analysis.runs()) {
            if (run.run().history().iterations() == 0) {
                continue;
            }
            RunSpec spec = run.run().spec();
            for (String kind : RUN_CHART_KINDS) {
                charts.put(paths.runChart(spec, kind), runChart(run, kind, paths));
            }
        }
        for (Comparison comparison : analysis.comparisons()) {
            if (comparison.baselineRun().run().history().iterations() > 0
                    && comparison.challengerRun().run().history().iterations() > 0) {
                charts.put(paths.comparisonChart(comparison), comparisonChart(comparison, paths));
            }
        }
        return charts;
    }

    /** The chart title, which is also its text alternative on the page. */
    static String runChartTitle(RunSpec spec, String kind, SitePaths paths) {
        String what = switch (kind) {
            case "train-loss" -> "Train loss";
            case "validation-loss" -> "Validation loss";
            case "train-accuracy" -> "Train accuracy";
            case "validation-accuracy" -> "Validation accuracy";
            case "loss" -> "Train and validation loss";
            default -> throw new IllegalArgumentException("unknown chart kind " + kind);
        };
        return what + ": " + spec.network().name() + ", " + spec.initialization().label() + " initialization"
                + (paths.severalSeeds() ? ", seed " + spec.seed() : "");
    }

    static String comparisonChartTitle(Comparison comparison, SitePaths paths) {
        return "Validation loss: " + comparison.network() + ", " + comparison.baseline().label() + " vs "
                + comparison.challenger().label() + (paths.severalSeeds() ? ", seed " + comparison.seed() : "");
    }

    private static ChartSpec runChart(RunAnalysis run, String kind, SitePaths paths) {
        TrainingHistory h = run.run().history();
        String title = runChartTitle(run.run().spec(), kind, paths);
        return switch (kind) {
            case "train-loss" -> chart(title, "Loss", List.of(series("train", h.trainLoss(), h, Palette.TRAIN)));
            case "validation-loss" -> chart(title, "Loss", List.of(series("validation", h.validationLoss(), h, Palette.VALIDATION)));
            case "train-accuracy" -> chart(title, "Accuracy", List.of(series("train", h.trainAccuracy(), h, Palette.TRAIN)));
            case "validation-accuracy" -> chart(title, "Accuracy",
                    List.of(series("validation", h.validationAccuracy(), h, Palette.VALIDATION)));
            case "loss" -> chart(title, "Loss", List.of(series("train", h.trainLoss(), h, Palette.TRAIN),
                    series("validation", h.validationLoss(), h, Palette.VALIDATION)));
            default -> throw new IllegalArgumentException("unknown chart kind " + kind);
        };
    }

    private static ChartSpec comparisonChart(Comparison comparison, SitePaths paths) {
        List<Series> series = new ArrayList<>();
        for (RunAnalysis run : List.of(comparison.baselineRun(), comparison.challengerRun())) {
            Initialization init = run.run().spec().initialization();
            TrainingHistory h = run.run().history();
            series.add(series(init.label(), h.validationLoss(), h, Palette.of(init)));
        }
        return chart(comparisonChartTitle(comparison, paths), "Validation loss", series);
    }

    private static ChartSpec chart(String title, String yLabel, List<Series> series) {
        return new ChartSpec(title, "Iteration", yLabel, series);
    }

    private static Series series(String name, double[] values, TrainingHistory history, java.awt.Color color) {
        double[] iterations = new double[history.iterations()];
        for (int i = 0; i < iterations.length; i++) {
            iterations[i] = i + 1;
        }
        return new Series(name, iterations, values, color);
    }
}
