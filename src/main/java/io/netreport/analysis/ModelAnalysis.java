package io.netreport.analysis;

import io.netreport.config.Initialization;
import io.netreport.config.NetworkSpec;
import io.netreport.nn.LayerDiagnostics;
import io.netreport.train.DiagnosticsSnapshot;
import io.netreport.train.TrainingHistory;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * One network under one initialization, over every seed: the runs and their figures as mean and
 * standard deviation. With one seed every spread has n = 1 and sd = 0.
 */
public record ModelAnalysis(NetworkSpec network, Initialization initialization, List<RunAnalysis> runs) {

    /** Mean and sd of a checkpoint's accuracy, loss and iteration over the runs that have one. */
    public record CheckpointSpread(MeanSd accuracy, MeanSd loss, MeanSd iteration) {
    }

    public ModelAnalysis {
        runs = List.copyOf(runs);
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a model has at least one run");
        }
    }

    public boolean severalSeeds() {
        return runs.size() > 1;
    }

    public Optional<CheckpointSpread> checkpoint(Criterion criterion) {
        List<Checkpoint> checkpoints = runs.stream().map(r -> r.checkpoints().get(criterion))
                .filter(Objects::nonNull).toList();
        if (checkpoints.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CheckpointSpread(spread(checkpoints, Checkpoint::accuracy), spread(checkpoints, Checkpoint::loss),
                spread(checkpoints, Checkpoint::iteration)));
    }

    /** A test figure over the runs evaluated on the test part; empty without a test part. */
    public Optional<MeanSd> test(ToDoubleFunction<TestEvaluation> figure) {
        List<TestEvaluation> tests = runs.stream().flatMap(r -> r.test().stream()).toList();
        return tests.isEmpty() ? Optional.empty() : Optional.of(spread(tests, figure));
    }

    /** A figure of the last recorded iteration, over the runs that have one. */
    public MeanSd last(ToDoubleFunction<Figures> figure) {
        return spread(runs.stream().flatMap(r -> r.last().stream()).toList(), figure);
    }

    /** A recorded series averaged over the seeds. */
    public MeanCurve curve(Function<TrainingHistory, double[]> series) {
        return MeanCurve.of(runs.stream().map(r -> series.apply(r.run().history())).toList());
    }

    /** The iterations at which every run recorded per-layer diagnostics, in order. */
    public int[] diagnosticIterations() {
        return runs.stream().map(r -> r.run().diagnostics().stream().mapToInt(DiagnosticsSnapshot::iteration).boxed()
                        .collect(Collectors.toCollection(TreeSet::new)))
                .reduce((a, b) -> {
                    a.retainAll(b);
                    return a;
                }).orElseThrow().stream().mapToInt(Integer::intValue).toArray();
    }

    /** A per-layer figure at one of {@link #diagnosticIterations()}, over the seeds (NaN figures left out). */
    public MeanSd layerFigure(int iteration, int layer, ToDoubleFunction<LayerDiagnostics> figure) {
        return MeanSd.of(runs.stream().flatMap(r -> r.run().diagnostics().stream())
                .filter(s -> s.iteration() == iteration)
                .mapToDouble(s -> figure.applyAsDouble(s.layers().get(layer))).toArray());
    }

    /** How many of the runs show a symptom. */
    public int count(Symptom symptom) {
        return (int) runs.stream().filter(r -> r.finding(symptom).isPresent()).count();
    }

    private static <T> MeanSd spread(List<T> items, ToDoubleFunction<T> figure) {
        return MeanSd.of(items.stream().mapToDouble(figure).toArray());
    }
}
