package io.netreport.analysis;

import io.netreport.data.DataSummary;
import io.netreport.data.PartSummary;
import io.netreport.train.RunResult;
import io.netreport.train.TrainingHistory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the report says about one run: its checkpoints by each criterion, its final figures, its
 * figures at every report interval, its diagnosis and its test figures.
 *
 * @param last      the figures at the last recorded iteration; empty if the run diverged at once
 * @param intervals the figures at every report interval, and at the last iteration
 * @param findings  what {@link DiagnosisRules} found, in {@link Symptom} order
 * @param test      the test part's figures at the minimum-validation-loss checkpoint, if there is a test part
 */
public record RunAnalysis(RunResult run, Map<Criterion, Checkpoint> checkpoints, Optional<Figures> last,
                          List<Figures> intervals, List<Finding> findings, Optional<TestEvaluation> test) {

    public RunAnalysis {
        EnumMap<Criterion, Checkpoint> ordered = new EnumMap<>(Criterion.class);
        ordered.putAll(checkpoints);
        checkpoints = Collections.unmodifiableMap(ordered);
        intervals = List.copyOf(intervals);
        findings = List.copyOf(findings);
    }

    public static RunAnalysis of(RunResult run, DataSummary data) {
        TrainingHistory history = run.history();
        int n = history.iterations();
        int every = run.spec().training().reportInterval();
        List<Figures> intervals = new ArrayList<>();
        for (int iteration = every; iteration <= n; iteration += every) {
            intervals.add(Figures.at(history, iteration));
        }
        if (n > 0 && n % every != 0) {
            intervals.add(Figures.at(history, n));
        }
        Optional<Figures> last = n == 0 ? Optional.empty() : Optional.of(Figures.at(history, n));
        List<Finding> findings = DiagnosisRules.diagnose(run, part(data, "train"), part(data, "validation"));
        return new RunAnalysis(run, CheckpointSelector.select(history), last, intervals, findings,
                run.test().map(TestEvaluation::of));
    }

    /** The finding of a symptom, if the run shows it. */
    public Optional<Finding> finding(Symptom symptom) {
        return findings.stream().filter(f -> f.symptom() == symptom).findFirst();
    }

    private static PartSummary part(DataSummary data, String name) {
        return data.part(name).orElseThrow(() -> new IllegalArgumentException("the data has no " + name + " part"));
    }
}
