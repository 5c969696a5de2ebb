package io.netreport.site;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.netreport.analysis.Checkpoint;
import io.netreport.analysis.Comparison;
import io.netreport.analysis.Criterion;
import io.netreport.analysis.Finding;
import io.netreport.analysis.MeanSd;
import io.netreport.analysis.ModelAnalysis;
import io.netreport.analysis.SeedComparison;
import io.netreport.analysis.Symptom;
import io.netreport.analysis.TestEvaluation;
import io.netreport.analysis.Figures;
import io.netreport.analysis.ReportAnalysis;
import io.netreport.analysis.RunAnalysis;
import io.netreport.config.ConfigFile;
import io.netreport.config.ReportConfig;
import io.netreport.data.DataSummary;
import io.netreport.nn.LayerDiagnostics;
import io.netreport.train.RunResult;
import io.netreport.train.RunSpec;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code results.json}: every figure of the report in a stable schema ({@value #SCHEMA}), documented
 * in README.md. Fields appear in a fixed order and numbers are written without locale, so the file
 * is byte-identical across identical builds.
 */
public final class ResultsJson {

    public static final String SCHEMA = "netreport-results/2";

    record Document(String schema, String netreportVersion, String configFile, String configSha256,
                    ReportConfig config, DataJson data, List<RunJson> runs, List<ModelJson> models,
                    List<ComparisonJson> comparisons, List<SeedComparisonJson> seedComparisons) {
    }

    record PartJson(String name, int rows, int positives, int negatives, double majorityAccuracy,
                    double constantPredictionLoss) {
    }

    record DataJson(List<String> files, String sha256, String label, String positive, String negative,
                    List<String> features, int rows, int droppedRows, List<PartJson> parts) {
    }

    record CheckpointJson(int iteration, double accuracy, double loss) {
    }

    record LayerJson(int layer, double preActivationMean, double preActivationSd, double activationMean, double activationSd,
                     double deadFraction, double unitSpread, double weightNorm, double weightGradientNorm,
                     double backpropagatedGradientNorm, double updateRatio) {
    }

    record SnapshotJson(int iteration, int trainPositivePredictions, int validationPositivePredictions, List<LayerJson> layers) {
    }

    record RunJson(String id, String page, String history, String layersCsv, String network, List<Integer> hidden, int layers,
                   int[] widths, String initialization, long seed, long parameters, long flopsPerIteration, int iterations,
                   @JsonInclude(JsonInclude.Include.ALWAYS) Integer divergedAt, Figures last,
                   Map<String, CheckpointJson> checkpoints, List<Figures> intervals, List<Map<String, Object>> findings,
                   @JsonInclude(JsonInclude.Include.ALWAYS) TestEvaluation test, List<SnapshotJson> diagnostics) {
    }

    record SpreadCheckpointJson(MeanSd accuracy, MeanSd loss, MeanSd iteration) {
    }

    record ModelJson(String id, String page, String network, String initialization, int seeds,
                     Map<String, SpreadCheckpointJson> checkpoints, Map<String, MeanSd> last,
                     @JsonInclude(JsonInclude.Include.ALWAYS) Map<String, MeanSd> test, Map<String, Integer> symptoms) {
    }

    record ComparisonJson(String network, long seed, String baseline, String challenger, Figures baselineLast,
                          Figures challengerLast, Double validationLossReductionPercent,
                          Double validationAccuracyImprovementPercent) {
    }

    record SeedComparisonJson(String network, String baseline, String challenger, int seedsCompared, int challengerWins,
                              MeanSd validationLossReductionPercent, MeanSd validationAccuracyImprovementPercent,
                              @JsonInclude(JsonInclude.Include.ALWAYS) SeedComparison.PairedTest pairedTest) {
    }

    /** JSON has no NaN or infinity: a figure that does not exist (precision with no positive prediction) is null. */
    private static final JsonSerializer<Double> FINITE_OR_NULL = new JsonSerializer<>() {
        @Override
        public void serialize(Double value, JsonGenerator out, SerializerProvider provider) throws IOException {
            if (value == null || !Double.isFinite(value)) {
                out.writeNull();
            } else {
                out.writeNumber(value);
            }
        }
    };

    private static final ObjectWriter WRITER = new ObjectMapper()
            .registerModule(new SimpleModule().addSerializer(Double.class, FINITE_OR_NULL).addSerializer(double.class, FINITE_OR_NULL))
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private ResultsJson() {
    }

    static String toJson(String version, ConfigFile configFile, DataSummary data, ReportAnalysis analysis,
                         SitePaths paths) {
        Document document = new Document(SCHEMA, version, configFile.path().getFileName().toString(), configFile.sha256(),
                configFile.config(), data(data),
                analysis.runs().stream().map(run -> run(run, paths)).toList(),
                analysis.models().stream().map(model -> model(model, paths)).toList(),
                analysis.comparisons().stream().map(ResultsJson::comparison).toList(),
                analysis.seedComparisons().stream().map(ResultsJson::seedComparison).toList());
        try {
            return WRITER.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the results cannot be written as JSON", e);
        }
    }

    private static DataJson data(DataSummary data) {
        return new DataJson(data.files(), data.sha256(), data.label(), data.positive(), data.negative(), data.featureNames(),
                data.rows(), data.droppedRows(), data.parts().stream()
                .map(p -> new PartJson(p.name(), p.rows(), p.positives(), p.negatives(), p.majorityShare(),
                        p.constantPredictionLoss())).toList());
    }

    private static RunJson run(RunAnalysis run, SitePaths paths) {
        RunResult result = run.run();
        RunSpec spec = result.spec();
        Map<String, CheckpointJson> checkpoints = new LinkedHashMap<>();
        for (Map.Entry<Criterion, Checkpoint> e : run.checkpoints().entrySet()) {
            Checkpoint c = e.getValue();
            checkpoints.put(key(e.getKey()), new CheckpointJson(c.iteration(), c.accuracy(), c.loss()));
        }
        List<SnapshotJson> diagnostics = result.diagnostics().stream().map(s -> {
            List<LayerJson> layers = new ArrayList<>();
            for (int l = 0; l < s.layers().size(); l++) {
                LayerDiagnostics d = s.layers().get(l);
                layers.add(new LayerJson(l + 1, d.preActivationMean(), d.preActivationSd(), d.activationMean(), d.activationSd(),
                        d.deadFraction(), d.unitSpread(), d.weightNorm(), d.weightGradientNorm(), d.backpropagatedGradientNorm(),
                        d.updateRatio()));
            }
            return new SnapshotJson(s.iteration(), s.trainPositivePredictions(), s.validationPositivePredictions(), layers);
        }).toList();
        return new RunJson(paths.runId(spec), paths.modelPage(spec.network(), spec.initialization()), paths.runHistory(spec),
                paths.runLayers(spec), spec.network().name(), spec.network().hidden(), spec.network().depth(), result.widths(),
                spec.initialization().key(), spec.seed(), result.parameterCount(), result.flopsPerIteration(),
                result.history().iterations(), result.history().diverged() ? result.history().divergedAt() : null,
                run.last().orElse(null), checkpoints, run.intervals(), run.findings().stream().map(ResultsJson::finding).toList(),
                run.test().orElse(null), diagnostics);
    }

    /** A finding as its symptom's key followed by the figures that show it. */
    private static Map<String, Object> finding(Finding finding) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("symptom", finding.symptom().key());
        for (RecordComponent component : finding.getClass().getRecordComponents()) {
            try {
                json.put(PropertyNamingStrategies.SnakeCaseStrategy.INSTANCE.translate(component.getName()),
                        component.getAccessor().invoke(finding));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return json;
    }

    private static ModelJson model(ModelAnalysis model, SitePaths paths) {
        Map<String, SpreadCheckpointJson> checkpoints = new LinkedHashMap<>();
        for (Criterion criterion : Criterion.values()) {
            model.checkpoint(criterion).ifPresent(c -> checkpoints.put(key(criterion),
                    new SpreadCheckpointJson(c.accuracy(), c.loss(), c.iteration())));
        }
        Map<String, MeanSd> last = new LinkedHashMap<>();
        last.put("train_loss", model.last(Figures::trainLoss));
        last.put("train_accuracy", model.last(Figures::trainAccuracy));
        last.put("validation_loss", model.last(Figures::validationLoss));
        last.put("validation_accuracy", model.last(Figures::validationAccuracy));
        Map<String, MeanSd> test = null;
        if (model.test(TestEvaluation::accuracy).isPresent()) {
            test = new LinkedHashMap<>();
            test.put("iteration", model.test(TestEvaluation::iteration).orElseThrow());
            test.put("loss", model.test(TestEvaluation::loss).orElseThrow());
            test.put("accuracy", model.test(TestEvaluation::accuracy).orElseThrow());
            test.put("precision", model.test(TestEvaluation::precision).orElseThrow());
            test.put("recall", model.test(TestEvaluation::recall).orElseThrow());
            test.put("f1", model.test(TestEvaluation::f1).orElseThrow());
            test.put("roc_auc", model.test(TestEvaluation::rocAuc).orElseThrow());
        }
        Map<String, Integer> symptoms = new LinkedHashMap<>();
        for (Symptom symptom : Symptom.values()) {
            symptoms.put(symptom.key(), model.count(symptom));
        }
        return new ModelJson(paths.modelId(model.network(), model.initialization()),
                paths.modelPage(model.network(), model.initialization()), model.network().name(), model.initialization().key(),
                model.runs().size(), checkpoints, last, test, symptoms);
    }

    private static ComparisonJson comparison(Comparison c) {
        return new ComparisonJson(c.network(), c.seed(), c.baseline().key(), c.challenger().key(), c.baselineRun().last().orElse(null),
                c.challengerRun().last().orElse(null), c.lossReduction().orElse(null), c.accuracyImprovement().orElse(null));
    }

    private static SeedComparisonJson seedComparison(SeedComparison c) {
        return new SeedComparisonJson(c.network(), c.baseline().key(), c.challenger().key(), c.compared(), c.challengerWins(),
                c.lossReduction(), c.accuracyImprovement(), c.test().orElse(null));
    }

    private static String key(Criterion criterion) {
        return criterion.name().toLowerCase(Locale.ROOT);
    }
}
