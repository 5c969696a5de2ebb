package io.netreport.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netreport.config.Initialization;
import io.netreport.config.NetworkSpec;
import io.netreport.config.TrainingConfig;
import io.netreport.train.RunSpec;
import io.netreport.train.TrainingHistory;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunAnalysisTest {

    @Test
    void recordsEveryReportIntervalAndTheLastIteration() {
        double[] series = {0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3};
        TrainingHistory history = new TrainingHistory(series, series, series, series, 7, 0);
        RunSpec spec = new RunSpec(new NetworkSpec("n", List.of()), Initialization.ZERO, new TrainingConfig(0.1, 7, 3, 1L), 1);

        RunAnalysis analysis = Runs.analysis(spec, new int[] {2, 1}, history);

        assertEquals(List.of(3, 6, 7), analysis.intervals().stream().map(Figures::iteration).toList());
        assertEquals(0.7, analysis.intervals().get(0).trainLoss());
        assertEquals(new Figures(7, 0.3, 0.3, 0.3, 0.3), analysis.last().orElseThrow());
    }
}
