package io.netreport.site;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.netreport.analysis.Checkpoint;
import io.netreport.analysis.Comparison;
import io.netreport.analysis.Criterion;
import io.netreport.analysis.Figures;
import io.netreport.analysis.ReportAnalysis;
import io.netreport.analysis.RunAnalysis;
import io.netreport.config.ConfigFile;
import io.netreport.config.ReportConfig;
import io.netreport.data.DataSummary;
import io.netreport.train.RunResult;
import io.netreport.train.RunSpec;
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

    public static final String SCHEMA = "netreport-results/1";

    record Document(String schema, String netreportVersion, String configFile, String configSha256,
                    ReportConfig config, DataJson data, List<RunJson> runs, List<ComparisonJson> comparisons) {
    }

    record PartJson(String name, int rows, int positives, int negatives, double majorityAccuracy,
                    double constantPredictionLoss) {
    }

    record DataJson(List<String> files, String sha256, String label, String positive, String negative,
                    List<String> features, int rows, int droppedRows, List<PartJson> parts) {
    }

    record CheckpointJson(int iteration, double accuracy, double loss) {
    }

    record RunJson(String id, String page, String network, List<Integer> hidden, int layers, int[] widths,
                   String initialization, long seed, long parameters, long flopsPerIteration, int iterations,
                   @JsonInclude(JsonInclude.Include.ALWAYS) Integer divergedAt, Figures last,
                   Map<String, CheckpointJson> checkpoints, List<Figures> intervals) {
    }

    record ComparisonJson(String network, long seed, String baseline, String challenger, Figures baselineLast,
                          Figures challengerLast, Double validationLossReductionPercent,
                          Double validationAccuracyImprovementPercent) {
    }

    private static final ObjectWriter WRITER = new ObjectMapper()
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
                analysis.comparisons().stream().map(ResultsJson::comparison).toList());
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
            checkpoints.put(e.getKey().name().toLowerCase(Locale.ROOT), new CheckpointJson(c.iteration(), c.accuracy(), c.loss()));
        }
        String network = spec.network().name();
        return new RunJson(paths.runId(spec), paths.runPage(spec), network,
                spec.network().hidden(), spec.network().depth(), result.widths(), spec.initialization().key(), spec.seed(),
                result.parameterCount(), result.flopsPerIteration(), result.history().iterations(),
                result.history().diverged() ? result.history().divergedAt() : null, run.last().orElse(null), checkpoints,
                run.intervals());
    }

    private static ComparisonJson comparison(Comparison c) {
        return new ComparisonJson(c.network(), c.seed(), c.baseline().key(), c.challenger().key(), c.baselineRun().last().orElse(null),
                c.challengerRun().last().orElse(null), c.lossReduction().orElse(null), c.accuracyImprovement().orElse(null));
    }
}
