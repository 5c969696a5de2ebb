package io.netreport.site;

import io.netreport.analysis.Checkpoint;
import io.netreport.analysis.Comparison;
import io.netreport.analysis.Criterion;
import io.netreport.analysis.Figures;
import io.netreport.analysis.ReportAnalysis;
import io.netreport.analysis.RunAnalysis;
import io.netreport.config.ComparisonSpec;
import io.netreport.config.Initialization;
import io.netreport.config.NetworkSpec;
import io.netreport.config.ReportConfig;
import io.netreport.config.TrainingConfig;
import io.netreport.data.DataSummary;
import io.netreport.data.PartSummary;
import io.netreport.train.RunResult;
import io.netreport.train.RunSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Turns the analysis into the view records of each page. */
final class ReportPages {

    private final ReportConfig config;
    private final DataSummary data;
    private final ReportAnalysis analysis;
    private final SitePaths paths;

    ReportPages(ReportConfig config, DataSummary data, ReportAnalysis analysis, SitePaths paths) {
        this.config = config;
        this.data = data;
        this.analysis = analysis;
        this.paths = paths;
    }

    Views.Index index() {
        List<Views.SummaryTable> summaries = new ArrayList<>();
        for (Initialization init : config.initializations()) {
            List<Views.SummaryRow> rows = analysis.runs().stream()
                    .filter(run -> run.run().spec().initialization() == init).map(this::summaryRow).toList();
            summaries.add(new Views.SummaryTable("summary-" + init.key(), init.label(), init.formula(), rows, baselineCells()));
        }
        List<Views.Link> runs = analysis.runs().stream()
                .map(run -> new Views.Link(runTitle(run.run().spec()), page(run))).toList();
        List<String> criteria = Arrays.stream(Criterion.values()).map(Criterion::label).toList();
        return new Views.Index(config.description(), dataView(), trainingFacts(config.training()), criteria, summaries, runs);
    }

    Views.Run run(RunAnalysis run) {
        RunResult result = run.run();
        RunSpec spec = result.spec();
        List<Views.KeyValue> architecture = List.of(
                new Views.KeyValue("Layers (with the input layer)", Integer.toString(spec.network().depth())),
                new Views.KeyValue("Layer widths", Arrays.stream(result.widths()).mapToObj(Integer::toString)
                        .collect(Collectors.joining(" → "))),
                new Views.KeyValue("Hidden activation", spec.network().hidden().isEmpty() ? "none (logistic regression)" : "ReLU"),
                new Views.KeyValue("Output", "one sigmoid unit, binary cross-entropy"),
                new Views.KeyValue("Parameters", Format.integer(result.parameterCount())),
                new Views.KeyValue("Floating-point operations per iteration", Format.integer(result.flopsPerIteration())),
                new Views.KeyValue("Initialization", spec.initialization().label() + ": " + spec.initialization().formula()
                        + "; biases 0"));
        List<Views.Chart> charts = new ArrayList<>();
        if (result.history().iterations() > 0) {
            for (String kind : ReportCharts.RUN_CHART_KINDS) {
                charts.add(new Views.Chart(paths.runChart(spec, kind), ReportCharts.runChartTitle(spec, kind, paths)));
            }
        }
        List<Views.FiguresRow> intervals = run.intervals().stream().map(ReportPages::figuresRow).toList();
        List<Views.CriterionRow> criteria = new ArrayList<>();
        run.checkpoints().forEach((criterion, checkpoint) -> criteria.add(new Views.CriterionRow(criterion.label(),
                Integer.toString(checkpoint.iteration()), Format.fixed(checkpoint.accuracy(), 4), Format.fixed(checkpoint.loss(), 4))));
        return new Views.Run(spec.network().name(), depthUnlessNamed(spec.network()), seedLabel(spec), spec.initialization().label(),
                spec.initialization().formula(), status(result), architecture, trainingFacts(spec.training()), charts,
                intervals, criteria, paths.runHistory(spec));
    }

    List<Views.ComparisonGroup> comparisons() {
        List<Views.ComparisonGroup> groups = new ArrayList<>();
        for (ComparisonSpec pair : config.comparisons()) {
            List<Views.Comparison> items = analysis.comparisons().stream()
                    .filter(c -> c.baseline() == pair.baseline() && c.challenger() == pair.challenger())
                    .map(this::comparison).toList();
            groups.add(new Views.ComparisonGroup(paths.comparisonAnchor(pair.baseline(), pair.challenger()),
                    pair.baseline().label() + " vs " + pair.challenger().label(), items));
        }
        return groups;
    }

    Views.Method method() {
        return new Views.Method(config.initializations().stream()
                .map(init -> new Views.KeyValue(init.label(), init.formula())).toList());
    }

    String runTitle(RunSpec spec) {
        String depth = depthUnlessNamed(spec.network());
        String seed = seedLabel(spec);
        return spec.network().name() + (depth.isEmpty() ? "" : " (" + depth + ")") + ", " + spec.initialization().label()
                + " initialization" + (seed.isEmpty() ? "" : ", " + seed);
    }

    String page(RunAnalysis run) {
        return paths.runPage(run.run().spec());
    }

    /** "seed N" when runs differ by seed, else nothing. */
    private String seedLabel(RunSpec spec) {
        return paths.severalSeeds() ? "seed " + spec.seed() : "";
    }

    private Views.Comparison comparison(Comparison c) {
        List<Views.ComparisonRow> rows = new ArrayList<>();
        for (RunAnalysis run : List.of(c.baselineRun(), c.challengerRun())) {
            Initialization init = run.run().spec().initialization();
            rows.add(run.last().map(f -> new Views.ComparisonRow(init.label(), page(run), Format.fixed(f.trainLoss(), 6),
                            Format.fixed(f.trainAccuracy(), 6), Format.fixed(f.validationLoss(), 6),
                            Format.fixed(f.validationAccuracy(), 6)))
                    .orElse(new Views.ComparisonRow(init.label(), page(run), status(run.run()), "", "", "")));
        }
        List<String> sentences = new ArrayList<>();
        c.lossReduction().ifPresent(x -> sentences.add("Validation loss was reduced by " + Format.percent(x) + "."));
        c.accuracyImprovement().ifPresent(x -> sentences.add("Validation accuracy was improved by " + Format.percent(x) + "."));
        if (sentences.isEmpty()) {
            sentences.add("No percentages: a run has no final figures or the baseline is zero.");
        }
        NetworkSpec network = c.baselineRun().run().spec().network();
        Views.Chart chart = c.baselineRun().last().isPresent() && c.challengerRun().last().isPresent()
                ? new Views.Chart(paths.comparisonChart(c), ReportCharts.comparisonChartTitle(c, paths))
                : null;
        return new Views.Comparison(paths.comparisonAnchor(c), c.network(), depthUnlessNamed(network),
                seedLabel(c.baselineRun().run().spec()), c.baseline().label(), c.challenger().label(), rows, sentences, chart);
    }

    private Views.SummaryRow summaryRow(RunAnalysis run) {
        List<Views.Cell> cells = new ArrayList<>();
        for (Criterion criterion : Criterion.values()) {
            Checkpoint checkpoint = run.checkpoints().get(criterion);
            cells.add(checkpoint == null ? new Views.Cell("–", "–", "–")
                    : new Views.Cell(Format.fixed(checkpoint.accuracy(), 4), Format.fixed(checkpoint.loss(), 4),
                    Integer.toString(checkpoint.iteration())));
        }
        NetworkSpec network = run.run().spec().network();
        return new Views.SummaryRow(network.name(), depthUnlessNamed(network), seedLabel(run.run().spec()), page(run), cells,
                status(run.run()));
    }

    /** Per criterion, the majority-class accuracy and constant-prediction loss of the part it reports. */
    private List<Views.Cell> baselineCells() {
        List<Views.Cell> cells = new ArrayList<>();
        for (Criterion criterion : Criterion.values()) {
            PartSummary part = data.parts().stream().filter(p -> p.name().equals(criterion.part())).findFirst().orElseThrow();
            cells.add(new Views.Cell(Format.fixed(part.majorityShare(), 4), Format.fixed(part.constantPredictionLoss(), 4), "–"));
        }
        return cells;
    }

    private Views.Data dataView() {
        int positives = data.positives();
        List<Views.KeyValue> facts = List.of(
                new Views.KeyValue("File", String.join(", ", data.files())),
                new Views.KeyValue("Rows", Format.integer(data.rows())
                        + (data.droppedRows() > 0 ? " (" + data.droppedRows() + " rows with missing values dropped)" : "")),
                new Views.KeyValue("Features", data.featureNames().size() + ": " + String.join(", ", data.featureNames())),
                new Views.KeyValue("Label", data.label() + " (positive: " + data.positive() + ", negative: " + data.negative() + ")"),
                new Views.KeyValue("Class balance", positives + " " + data.positive() + " (" + Format.percent(100.0 * positives / data.rows())
                        + "), " + (data.rows() - positives) + " " + data.negative()),
                new Views.KeyValue("Split", splitText()),
                new Views.KeyValue("Standardization", "each feature z-scored with the train part's mean and population standard deviation"));
        List<Views.Part> parts = data.parts().stream().map(ReportPages::part).toList();
        return new Views.Data(facts, parts);
    }

    private String splitText() {
        var split = config.data().split();
        if (split == null) {
            return "given as separate files";
        }
        return "seeded " + (split.stratify() ? "stratified " : "") + "split, fractions " + Format.fixed(split.train(), 2)
                + " / " + Format.fixed(split.validation(), 2) + (split.hasTest() ? " / " + Format.fixed(split.test(), 2) : "")
                + ", seed " + split.seed();
    }

    private static Views.Part part(PartSummary part) {
        return new Views.Part(part.name(), Integer.toString(part.rows()), Integer.toString(part.positives()),
                Integer.toString(part.negatives()), Format.fixed(part.majorityShare(), 4),
                Format.fixed(part.constantPredictionLoss(), 4));
    }

    static List<Views.KeyValue> trainingFacts(TrainingConfig training) {
        return List.of(
                new Views.KeyValue("Learning rate (alpha)", Double.toString(training.learningRate())),
                new Views.KeyValue("Iterations (k)", Integer.toString(training.iterations())),
                new Views.KeyValue("Report interval", Integer.toString(training.reportInterval())),
                new Views.KeyValue("Optimizer", "full-batch gradient descent"),
                new Views.KeyValue(training.seeds().size() > 1 ? "Seeds" : "Seed", seeds(training)));
    }

    /** The initialization seeds, comma-separated. */
    static String seeds(TrainingConfig training) {
        return String.join(", ", training.seeds().stream().map(String::valueOf).toList());
    }

    static String depth(NetworkSpec network) {
        return network.depth() + "-layer";
    }

    /** The depth label, or nothing when the network's name already says it. */
    static String depthUnlessNamed(NetworkSpec network) {
        return network.name().equals(depth(network)) ? "" : depth(network);
    }

    static String status(RunResult result) {
        return result.history().diverged() ? "diverged at iteration " + result.history().divergedAt() : "";
    }

    private static Views.FiguresRow figuresRow(Figures f) {
        return new Views.FiguresRow(Integer.toString(f.iteration()), Format.fixed(f.trainLoss(), 6), Format.fixed(f.trainAccuracy(), 6),
                Format.fixed(f.validationLoss(), 6), Format.fixed(f.validationAccuracy(), 6));
    }
}
