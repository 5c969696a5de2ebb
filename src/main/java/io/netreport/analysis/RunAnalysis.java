package io.netreport.analysis;

import io.netreport.train.RunResult;
import io.netreport.train.TrainingHistory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the report says about one run: its checkpoints by each criterion, its final figures and its
 * figures at every report interval.
 *
 * @param last      the figures at the last recorded iteration; empty if the run diverged at once
 * @param intervals the figures at every report interval, and at the last iteration
 */
public record RunAnalysis(RunResult run, Map<Criterion, Checkpoint> checkpoints, Optional<Figures> last,
                          List<Figures> intervals) {

    public RunAnalysis {
        EnumMap<Criterion, Checkpoint> ordered = new EnumMap<>(Criterion.class);
        ordered.putAll(checkpoints);
        checkpoints = Collections.unmodifiableMap(ordered);
        intervals = List.copyOf(intervals);
    }

    public static RunAnalysis of(RunResult run) {
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
        return new RunAnalysis(run, CheckpointSelector.select(history), last, intervals);
    }
}
