package io.netreport.site;

import io.netreport.analysis.Comparison;
import io.netreport.analysis.Criterion;
import io.netreport.analysis.DiagnosisRules;
import io.netreport.analysis.Figures;
import io.netreport.analysis.Finding;
import io.netreport.analysis.MeanSd;
import io.netreport.analysis.ModelAnalysis;
import io.netreport.analysis.ReportAnalysis;
import io.netreport.analysis.RunAnalysis;
import io.netreport.analysis.SeedComparison;
import io.netreport.analysis.Symptom;
import io.netreport.analysis.TestEvaluation;
import io.netreport.analysis.VarianceRule;
import io.netreport.config.ComparisonSpec;
import io.netreport.config.Initialization;
import io.netreport.config.NetworkSpec;
import io.netreport.config.ReportConfig;
import io.netreport.config.TrainingConfig;
import io.netreport.data.DataSummary;
import io.netreport.data.PartSummary;
import io.netreport.nn.LayerDiagnostics;
import io.netreport.train.RunResult;
import io.netreport.train.RunSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/** Turns the analysis into the view records of each page, in the words of the report's language. */
final class ReportPages {

    private final ReportConfig config;
    private final DataSummary data;
    private final ReportAnalysis analysis;
    private final SitePaths paths;
    private final ReportCharts charts;
    private final Messages m;
    private final Format f;

    ReportPages(ReportConfig config, DataSummary data, ReportAnalysis analysis, SitePaths paths, ReportCharts charts,
                Messages messages, Format format) {
        this.config = config;
        this.data = data;
        this.analysis = analysis;
        this.paths = paths;
        this.charts = charts;
        this.m = messages;
        this.f = format;
    }

    private boolean hasTest() {
        return data.part("test").isPresent();
    }

    Views.Index index() {
        List<Views.SummaryTable> summaries = new ArrayList<>();
        for (Initialization init : config.initializations()) {
            List<Views.SummaryRow> rows = analysis.models().stream().filter(model -> model.initialization() == init)
                    .map(this::summaryRow).toList();
            summaries.add(new Views.SummaryTable("summary-" + init.key(), m.initialization(init), init.formula(), rows, baselineCells()));
        }
        List<Views.Link> models = analysis.models().stream()
                .map(model -> new Views.Link(modelTitle(model.network(), model.initialization()), page(model))).toList();
        List<Views.ChartGroup> overlays = charts.overlays().stream().filter(g -> !g.charts().isEmpty())
                .map(g -> new Views.ChartGroup(g.title(), g.charts().stream().map(ReportCharts.Planned::view).toList())).toList();
        String seedsNote = config.training().seeds().size() > 1 ? m.get("index.summary.caption.seeds") : "";
        return new Views.Index(config.description(), dataView(), trainingFacts(config.training()), criteriaHeaders(), seedsNote,
                summaries, overlays, models);
    }

    /** The column headers of the summary tables: the four criteria, then the test part if there is one. */
    private List<String> criteriaHeaders() {
        List<String> headers = new ArrayList<>(Arrays.stream(Criterion.values()).map(this::criterionLabel).toList());
        if (hasTest()) {
            headers.add(m.get("criterion.test"));
        }
        return headers;
    }

    Views.Model model(ModelAnalysis model) {
        RunResult first = model.runs().get(0).run();
        RunSpec spec = first.spec();
        List<Views.KeyValue> architecture = List.of(
                new Views.KeyValue(m.get("architecture.layers"), f.digits(Integer.toString(spec.network().depth()))),
                new Views.KeyValue(m.get("architecture.widths"), Arrays.stream(first.widths())
                        .mapToObj(w -> f.digits(Integer.toString(w))).collect(Collectors.joining(" → "))),
                new Views.KeyValue(m.get("architecture.hidden"),
                        m.get(spec.network().hidden().isEmpty() ? "architecture.hidden.none" : "architecture.hidden.relu")),
                new Views.KeyValue(m.get("architecture.output"), m.get("architecture.output.value")),
                new Views.KeyValue(m.get("architecture.parameters"), f.integer(first.parameterCount())),
                new Views.KeyValue(m.get("architecture.flops"), f.integer(first.flopsPerIteration())),
                new Views.KeyValue(m.get("architecture.initialization"),
                        m.get("architecture.initialization.value", m.initialization(spec.initialization()), spec.initialization().formula())));
        List<Views.CriterionRow> criteria = new ArrayList<>();
        for (Criterion criterion : Criterion.values()) {
            model.checkpoint(criterion).ifPresent(c -> criteria.add(new Views.CriterionRow(criterionLabel(criterion),
                    f.meanSd(c.iteration(), model.severalSeeds() ? 1 : 0), f.meanSd(c.accuracy(), 4), f.meanSd(c.loss(), 4))));
        }
        List<Views.Chart> curves = charts.curves(model).stream().map(ReportCharts.Planned::view).toList();
        List<Views.Chart> layerCharts = charts.layers(model).stream().map(ReportCharts.Planned::view).toList();
        List<Views.Link> downloads = new ArrayList<>();
        for (RunAnalysis run : model.runs()) {
            String seed = model.severalSeeds() ? " " + m.get("seed.label", f.digits(Long.toString(run.run().spec().seed()))) : "";
            downloads.add(new Views.Link(m.get("download.history") + seed, paths.runHistory(run.run().spec())));
            downloads.add(new Views.Link(m.get("download.layers") + seed, paths.runLayers(run.run().spec())));
        }
        return new Views.Model(model.network().name(), depthUnlessNamed(model.network()), m.initialization(model.initialization()),
                model.initialization().formula(), seedsNote(model), diagnosis(model), tags(model), architecture,
                trainingFacts(spec.training()), criteria, test(model), curves, layerCharts, layerTable(model),
                intervals(model), seedRows(model), downloads);
    }

    List<Views.ComparisonGroup> comparisons() {
        List<Views.ComparisonGroup> groups = new ArrayList<>();
        for (ComparisonSpec pair : config.comparisons()) {
            List<Views.Comparison> items = analysis.seedComparisons().stream()
                    .filter(c -> c.baseline() == pair.baseline() && c.challenger() == pair.challenger())
                    .map(this::comparison).toList();
            groups.add(new Views.ComparisonGroup(paths.comparisonAnchor(pair.baseline(), pair.challenger()),
                    m.get("comparison.pair", m.initialization(pair.baseline()), m.initialization(pair.challenger())), items));
        }
        return groups;
    }

    Views.Method method() {
        List<Views.KeyValue> thresholds = List.of(
                new Views.KeyValue(m.get("tag.constant-prediction"), m.get("rule.constant-prediction")),
                new Views.KeyValue(m.get("tag.symmetry"), m.get("rule.symmetry", f.scientific(DiagnosisRules.SYMMETRY_SPREAD))),
                new Views.KeyValue(m.get("tag.vanishing-gradients"),
                        m.get("rule.vanishing-gradients", f.scientific(DiagnosisRules.VANISHING_RATIO))),
                new Views.KeyValue(m.get("tag.dead-relus"), m.get("rule.dead-relus", f.percent(100 * DiagnosisRules.DEAD_FRACTION))),
                new Views.KeyValue(m.get("tag.diverged"), m.get("rule.diverged")),
                new Views.KeyValue(m.get("tag.overfitting"), m.get("rule.overfitting", f.percent(100 * DiagnosisRules.OVERFITTING_RISE),
                        f.percent(100 * DiagnosisRules.OVERFITTING_STRETCH))));
        return new Views.Method(config.initializations().stream()
                .map(init -> new Views.KeyValue(m.initialization(init), init.formula())).toList(), thresholds);
    }

    /** "5-layer, He initialization", with the depth when the name does not say it. */
    String modelTitle(NetworkSpec network, Initialization init) {
        String depth = depthUnlessNamed(network);
        return m.get("model.title", isolated(network.name() + (depth.isEmpty() ? "" : " (" + depth + ")")), m.initialization(init));
    }

    /**
     * Text from the config set apart from the words around it (Unicode first-strong isolate), so a
     * name such as "5-layer" keeps its order inside a right-to-left sentence.
     */
    static String isolated(String text) {
        return "\u2068" + text + "\u2069";
    }

    String page(ModelAnalysis model) {
        return paths.modelPage(model.network(), model.initialization());
    }

    private String seedsNote(ModelAnalysis model) {
        return model.severalSeeds() ? m.get("note.seeds", f.digits(Integer.toString(model.runs().size())), seeds(config.training()))
                : "";
    }

    /** The diagnosis in sentences: each finding of the run, or with several seeds each symptom with its seeds. */
    private List<String> diagnosis(ModelAnalysis model) {
        List<String> sentences = new ArrayList<>();
        if (!model.severalSeeds()) {
            model.runs().get(0).findings().forEach(finding -> sentences.add(sentence(finding)));
        } else {
            for (Symptom symptom : Symptom.values()) {
                List<RunAnalysis> with = model.runs().stream().filter(r -> r.finding(symptom).isPresent()).toList();
                if (!with.isEmpty()) {
                    RunAnalysis example = with.get(0);
                    sentences.add(m.get("finding.in-seeds", f.digits(Integer.toString(with.size())),
                            f.digits(Integer.toString(model.runs().size())),
                            m.get("seed.label", f.digits(Long.toString(example.run().spec().seed()))),
                            sentence(example.finding(symptom).orElseThrow())));
                }
            }
        }
        if (sentences.isEmpty()) {
            sentences.add(m.get("finding.none"));
        }
        return sentences;
    }

    private List<Views.Tag> tags(ModelAnalysis model) {
        List<Views.Tag> tags = new ArrayList<>();
        for (Symptom symptom : Symptom.values()) {
            int count = model.count(symptom);
            if (count > 0) {
                String label = m.get("tag." + symptom.key());
                if (model.severalSeeds()) {
                    label += " " + f.digits(count + "/" + model.runs().size());
                }
                RunAnalysis example = model.runs().stream().filter(r -> r.finding(symptom).isPresent()).findFirst().orElseThrow();
                tags.add(new Views.Tag(symptom.key(), label, sentence(example.finding(symptom).orElseThrow())));
            }
        }
        return tags;
    }

    private List<Views.Tag> tags(RunAnalysis run) {
        return run.findings().stream().map(finding -> new Views.Tag(finding.symptom().key(),
                m.get("tag." + finding.symptom().key()), sentence(finding))).toList();
    }

    /** A finding in words. */
    String sentence(Finding finding) {
        if (finding instanceof Finding.Diverged d) {
            return m.get("finding.diverged", f.digits(Integer.toString(d.iteration())));
        } else if (finding instanceof Finding.ConstantPrediction c) {
            return m.get("finding.constant-prediction", c.positive() ? data.positive() : data.negative(),
                    f.fixed(c.validationAccuracy(), 4), m.get(c.majority() ? "finding.majority" : "finding.minority"));
        } else if (finding instanceof Finding.SymmetryNotBroken s) {
            return m.get("finding.symmetry", f.digits(s.layers().stream().map(String::valueOf).collect(Collectors.joining(", "))));
        } else if (finding instanceof Finding.VanishingGradients v) {
            return m.get("finding.vanishing-gradients", f.scientific(v.ratio()));
        } else if (finding instanceof Finding.DeadRelus d) {
            return m.get("finding.dead-relus", f.percent(100 * d.fraction()), f.digits(Integer.toString(d.layer())));
        } else if (finding instanceof Finding.Overfitting o) {
            return m.get("finding.overfitting", f.digits(Integer.toString(o.since())), f.percent(100 * o.validationRise()),
                    f.percent(100 * o.trainFall()));
        }
        throw new IllegalArgumentException("no words for " + finding);
    }

    private Views.Test test(ModelAnalysis model) {
        List<TestEvaluation> tests = model.runs().stream().flatMap(r -> r.test().stream()).toList();
        if (tests.isEmpty()) {
            return null;
        }
        List<Views.KeyValue> figures = new ArrayList<>();
        figures.add(new Views.KeyValue(m.get("test.iteration"), f.meanSd(model.test(TestEvaluation::iteration).orElseThrow(), model.severalSeeds() ? 1 : 0)));
        figures.add(new Views.KeyValue(m.get("test.accuracy"), f.meanSd(model.test(TestEvaluation::accuracy).orElseThrow(), 4)));
        figures.add(new Views.KeyValue(m.get("test.loss"), f.meanSd(model.test(TestEvaluation::loss).orElseThrow(), 4)));
        figures.add(new Views.KeyValue(m.get("test.precision"), f.meanSd(model.test(TestEvaluation::precision).orElseThrow(), 4)));
        figures.add(new Views.KeyValue(m.get("test.recall"), f.meanSd(model.test(TestEvaluation::recall).orElseThrow(), 4)));
        figures.add(new Views.KeyValue(m.get("test.f1"), f.meanSd(spread(tests, TestEvaluation::f1), 4)));
        figures.add(new Views.KeyValue(m.get("test.roc-auc"), f.meanSd(model.test(TestEvaluation::rocAuc).orElseThrow(), 4)));
        PartSummary part = data.part("test").orElseThrow();
        figures.add(new Views.KeyValue(m.get("test.baseline"), m.get("test.baseline.value", f.fixed(part.majorityShare(), 4),
                f.fixed(part.constantPredictionLoss(), 4))));
        int tp = tests.stream().mapToInt(TestEvaluation::truePositives).sum();
        int fn = tests.stream().mapToInt(TestEvaluation::falseNegatives).sum();
        int fp = tests.stream().mapToInt(TestEvaluation::falsePositives).sum();
        int tn = tests.stream().mapToInt(TestEvaluation::trueNegatives).sum();
        String note = model.severalSeeds() ? m.get("test.confusion.pooled", f.digits(Integer.toString(tests.size())),
                f.integer(tp + fn + fp + tn)) : m.get("test.confusion.one", f.integer(tp + fn + fp + tn));
        Views.Confusion confusion = new Views.Confusion(data.positive(), data.negative(), f.integer(tp), f.integer(fn), f.integer(fp),
                f.integer(tn), note);
        String intro = m.get(model.severalSeeds() ? "test.intro.seeds" : "test.intro", f.integer(part.rows()));
        return new Views.Test(intro, figures, confusion);
    }

    /** Per layer, the mean over seeds of what the diagnostics recorded at initialization and at the end. */
    private Views.Layers layerTable(ModelAnalysis model) {
        int[] iterations = model.diagnosticIterations();
        if (iterations.length == 0) {
            return null;
        }
        int first = iterations[0];
        int last = iterations[iterations.length - 1];
        int[] widths = model.runs().get(0).run().widths();
        double[] predicted = VarianceRule.predictedSd(widths, model.initialization());
        List<String> columns = List.of(m.get("layers.layer"), m.get("layers.units"), m.get("layers.sd-start"),
                m.get("layers.sd-rule"), m.get("layers.sd-end", f.digits(Integer.toString(last))), m.get("layers.dead"),
                m.get("layers.gradient"), m.get("layers.weight-gradient"), m.get("layers.update-ratio"));
        List<Views.LayerRow> rows = new ArrayList<>();
        for (int l = 0; l < widths.length - 1; l++) {
            boolean output = l == widths.length - 2;
            rows.add(new Views.LayerRow(output ? m.get("series.output-layer") : m.get("series.layer", f.digits(Integer.toString(l + 1))),
                    List.of(f.integer(widths[l + 1]),
                            f.scientific(model.layerFigure(first, l, LayerDiagnostics::preActivationSd).mean()),
                            f.scientific(predicted[l]),
                            f.scientific(model.layerFigure(last, l, LayerDiagnostics::preActivationSd).mean()),
                            output ? "–" : f.percent(100 * model.layerFigure(last, l, LayerDiagnostics::deadFraction).mean()),
                            f.scientific(model.layerFigure(last, l, LayerDiagnostics::backpropagatedGradientNorm).mean()),
                            f.scientific(model.layerFigure(last, l, LayerDiagnostics::weightGradientNorm).mean()),
                            f.scientific(model.layerFigure(last, l, LayerDiagnostics::updateRatio).mean()))));
        }
        String note = m.get("layers.note", f.digits(Integer.toString(first)), f.digits(Integer.toString(last)))
                + (model.severalSeeds() ? " " + m.get("note.mean-over-seeds", f.digits(Integer.toString(model.runs().size()))) : "");
        return new Views.Layers(note, columns, rows);
    }

    /** The figures at every report interval, as mean ± sd over the seeds. */
    private List<Views.FiguresRow> intervals(ModelAnalysis model) {
        List<Views.FiguresRow> rows = new ArrayList<>();
        List<Integer> iterations = model.runs().stream().flatMap(r -> r.intervals().stream()).map(Figures::iteration)
                .distinct().sorted().toList();
        for (int iteration : iterations) {
            List<Figures> at = model.runs().stream().flatMap(r -> r.intervals().stream()).filter(x -> x.iteration() == iteration).toList();
            rows.add(new Views.FiguresRow(f.digits(Integer.toString(iteration)), f.meanSd(spread(at, Figures::trainLoss), 6),
                    f.meanSd(spread(at, Figures::trainAccuracy), 6), f.meanSd(spread(at, Figures::validationLoss), 6),
                    f.meanSd(spread(at, Figures::validationAccuracy), 6)));
        }
        return rows;
    }

    private List<Views.SeedRow> seedRows(ModelAnalysis model) {
        if (!model.severalSeeds()) {
            return List.of();
        }
        return model.runs().stream().map(run -> {
            RunSpec spec = run.run().spec();
            Optional<Figures> last = run.last();
            return new Views.SeedRow(f.digits(Long.toString(spec.seed())),
                    last.map(x -> f.fixed(x.trainLoss(), 4)).orElse("–"), last.map(x -> f.fixed(x.validationLoss(), 4)).orElse("–"),
                    last.map(x -> f.fixed(x.validationAccuracy(), 4)).orElse("–"),
                    run.test().map(t -> f.fixed(t.accuracy(), 4)).orElse("–"), tags(run),
                    new Views.Link(m.get("download.history.short"), paths.runHistory(spec)),
                    new Views.Link(m.get("download.layers.short"), paths.runLayers(spec)));
        }).toList();
    }

    private Views.Comparison comparison(SeedComparison c) {
        ModelAnalysis baseline = analysis.model(c.network(), c.baseline());
        ModelAnalysis challenger = analysis.model(c.network(), c.challenger());
        List<Views.ComparisonRow> rows = new ArrayList<>();
        for (ModelAnalysis model : List.of(baseline, challenger)) {
            if (model.last(Figures::trainLoss).n() == 0) {
                rows.add(new Views.ComparisonRow(m.initialization(model.initialization()), page(model), status(model.runs().get(0).run()),
                        "", "", ""));
                continue;
            }
            rows.add(new Views.ComparisonRow(m.initialization(model.initialization()), page(model), f.meanSd(model.last(Figures::trainLoss), 6),
                    f.meanSd(model.last(Figures::trainAccuracy), 6), f.meanSd(model.last(Figures::validationLoss), 6),
                    f.meanSd(model.last(Figures::validationAccuracy), 6)));
        }
        List<String> sentences = new ArrayList<>();
        if (c.seeds().size() == 1) {
            Comparison only = c.seeds().get(0);
            only.lossReduction().ifPresent(x -> sentences.add(m.get("comparison.loss-reduced", f.percent(x))));
            only.accuracyImprovement().ifPresent(x -> sentences.add(m.get("comparison.accuracy-improved", f.percent(x))));
        } else if (c.compared() > 0) {
            sentences.add(m.get(c.challengerWins() * 2 >= c.compared() ? "comparison.wins" : "comparison.loses",
                    m.initialization(c.challenger()), m.initialization(c.baseline()), f.digits(Integer.toString(c.challengerWins())),
                    f.digits(Integer.toString(c.compared())), f.percent(c.lossReduction().mean()), f.fixed(c.lossReduction().sd(), 2)));
            if (c.accuracyImprovement().n() > 0) {
                sentences.add(m.get("comparison.accuracy-mean", f.percent(c.accuracyImprovement().mean()),
                        f.fixed(c.accuracyImprovement().sd(), 2)));
            }
            sentences.add(c.test().map(t -> m.get(t.p() < 0.05 ? "comparison.test.holds" : "comparison.test.chance",
                    f.fixed(t.t(), 2), f.digits(Integer.toString(t.degreesOfFreedom())), pValue(t.p())))
                    .orElse(m.get(c.compared() < 2 ? "comparison.test.too-few" : "comparison.test.constant")));
        }
        if (sentences.isEmpty()) {
            sentences.add(m.get("comparison.none"));
        }
        List<Views.SeedComparisonRow> seedRows = new ArrayList<>();
        if (c.seeds().size() > 1) {
            for (Comparison seed : c.seeds()) {
                seedRows.add(new Views.SeedComparisonRow(f.digits(Long.toString(seed.seed())),
                        seed.baselineRun().last().map(x -> f.fixed(x.validationLoss(), 6)).orElse(status(seed.baselineRun().run())),
                        seed.challengerRun().last().map(x -> f.fixed(x.validationLoss(), 6)).orElse(status(seed.challengerRun().run())),
                        seed.lossReduction().map(f::percent).orElse("–"), seed.accuracyImprovement().map(f::percent).orElse("–")));
            }
        }
        Views.Chart chart = charts.comparison(c).map(ReportCharts.Planned::view).orElse(null);
        return new Views.Comparison(paths.comparisonAnchor(c.baseline(), c.challenger(), c.network()), c.network(),
                depthUnlessNamed(baseline.network()), rows, sentences, chart, seedRows);
    }

    /** A p-value as text: four decimals, or "< 0.0001". */
    private String pValue(double p) {
        return p < 0.0001 ? "< " + f.fixed(0.0001, 4) : f.fixed(p, 4);
    }

    private Views.SummaryRow summaryRow(ModelAnalysis model) {
        List<Views.Cell> cells = new ArrayList<>();
        int iterationDecimals = model.severalSeeds() ? 1 : 0;
        for (Criterion criterion : Criterion.values()) {
            cells.add(model.checkpoint(criterion).map(c -> new Views.Cell(f.meanSd(c.accuracy(), 4), f.meanSd(c.loss(), 4),
                    f.meanSd(c.iteration(), iterationDecimals))).orElse(new Views.Cell("–", "–", "–")));
        }
        if (hasTest()) {
            List<TestEvaluation> tests = model.runs().stream().flatMap(r -> r.test().stream()).toList();
            cells.add(tests.isEmpty() ? new Views.Cell("–", "–", "–")
                    : new Views.Cell(f.meanSd(model.test(TestEvaluation::accuracy).orElseThrow(), 4), f.meanSd(model.test(TestEvaluation::loss).orElseThrow(), 4),
                    f.meanSd(model.test(TestEvaluation::iteration).orElseThrow(), iterationDecimals)));
        }
        NetworkSpec network = model.network();
        return new Views.SummaryRow(network.name(), depthUnlessNamed(network), page(model), cells, tags(model));
    }

    /** Per column, the majority-class accuracy and constant-prediction loss of the part it reports. */
    private List<Views.Cell> baselineCells() {
        List<Views.Cell> cells = new ArrayList<>();
        for (Criterion criterion : Criterion.values()) {
            cells.add(baselineCell(data.part(criterion.part()).orElseThrow()));
        }
        data.part("test").ifPresent(test -> cells.add(baselineCell(test)));
        return cells;
    }

    private Views.Cell baselineCell(PartSummary part) {
        return new Views.Cell(f.fixed(part.majorityShare(), 4), f.fixed(part.constantPredictionLoss(), 4), "–");
    }

    private Views.Data dataView() {
        int positives = data.positives();
        List<Views.KeyValue> facts = List.of(
                new Views.KeyValue(m.get("data.file"), String.join(", ", data.files())),
                new Views.KeyValue(m.get("data.rows"), f.integer(data.rows())
                        + (data.droppedRows() > 0 ? " " + m.get("data.dropped", f.integer(data.droppedRows())) : "")),
                new Views.KeyValue(m.get("data.features"), f.integer(data.featureNames().size()) + ": "
                        + String.join(", ", data.featureNames())),
                new Views.KeyValue(m.get("data.label"), m.get("data.label.value", data.label(), data.positive(), data.negative())),
                new Views.KeyValue(m.get("data.balance"), m.get("data.balance.value", f.integer(positives), data.positive(),
                        f.percent(100.0 * positives / data.rows()), f.integer(data.rows() - positives), data.negative())),
                new Views.KeyValue(m.get("data.split"), splitText()),
                new Views.KeyValue(m.get("data.standardization"), m.get("data.standardization.value")));
        List<Views.Part> parts = data.parts().stream().map(this::part).toList();
        return new Views.Data(facts, parts);
    }

    private String splitText() {
        var split = config.data().split();
        if (split == null) {
            return m.get("data.split.files");
        }
        String fractions = f.fixed(split.train(), 2) + " / " + f.fixed(split.validation(), 2)
                + (split.hasTest() ? " / " + f.fixed(split.test(), 2) : "");
        return m.get(split.stratify() ? "data.split.stratified" : "data.split.random", fractions, f.digits(Long.toString(split.seed())));
    }

    private Views.Part part(PartSummary part) {
        return new Views.Part(m.get("part." + part.name()), f.integer(part.rows()), f.integer(part.positives()),
                f.integer(part.negatives()), f.fixed(part.majorityShare(), 4), f.fixed(part.constantPredictionLoss(), 4));
    }

    private List<Views.KeyValue> trainingFacts(TrainingConfig training) {
        return List.of(
                new Views.KeyValue(m.get("training.learning-rate"), f.digits(Double.toString(training.learningRate()))),
                new Views.KeyValue(m.get("training.iterations"), f.digits(Integer.toString(training.iterations()))),
                new Views.KeyValue(m.get("training.report-interval"), f.digits(Integer.toString(training.reportInterval()))),
                new Views.KeyValue(m.get("training.optimizer"), m.get("training.optimizer.value")),
                new Views.KeyValue(m.get(training.seeds().size() > 1 ? "training.seeds" : "training.seed"), seeds(training)));
    }

    /** The initialization seeds, comma-separated. */
    String seeds(TrainingConfig training) {
        return f.digits(String.join(", ", training.seeds().stream().map(String::valueOf).toList()));
    }

    private String criterionLabel(Criterion criterion) {
        return m.get("criterion." + criterion.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    private String depth(NetworkSpec network) {
        return m.get("network.depth", f.digits(Integer.toString(network.depth())));
    }

    /** The depth label, or nothing when the network's name already says it. */
    private String depthUnlessNamed(NetworkSpec network) {
        return network.name().equals(network.depth() + "-layer") || network.name().equals(depth(network)) ? "" : depth(network);
    }

    private String status(RunResult result) {
        return result.history().diverged() ? m.get("status.diverged", f.digits(Integer.toString(result.history().divergedAt()))) : "–";
    }

    private static <T> MeanSd spread(List<T> items, ToDoubleFunction<T> figure) {
        return MeanSd.of(items.stream().mapToDouble(figure).toArray());
    }
}
