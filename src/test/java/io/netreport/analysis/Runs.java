package io.netreport.analysis;

import io.netreport.data.DataSummary;
import io.netreport.data.PartSummary;
import io.netreport.train.DiagnosticsSnapshot;
import io.netreport.train.RunRecord;
import io.netreport.train.RunResult;
import io.netreport.train.RunSpec;
import io.netreport.train.TrainingHistory;
import java.util.List;
import java.util.Optional;

/** Hand-made runs for the analysis tests. */
final class Runs {

    /** 100 train samples (35 positive) and 50 validation samples (18 positive). */
    static final PartSummary TRAIN = new PartSummary("train", 100, 35);
    static final PartSummary VALIDATION = new PartSummary("validation", 50, 18);
    static final DataSummary DATA = new DataSummary(List.of("d.csv"), "0", "y", "pos", "neg", List.of("a"), 150, 0,
            List.of(TRAIN, VALIDATION));

    private Runs() {
    }

    static RunResult result(RunSpec spec, int[] widths, TrainingHistory history) {
        return result(spec, widths, history, List.of());
    }

    static RunResult result(RunSpec spec, int[] widths, TrainingHistory history, List<DiagnosticsSnapshot> diagnostics) {
        return new RunResult(spec, widths, 0, 1, new RunRecord(history, diagnostics, Optional.empty()));
    }

    static RunAnalysis analysis(RunSpec spec, int[] widths, TrainingHistory history) {
        return RunAnalysis.of(result(spec, widths, history), DATA);
    }
}
