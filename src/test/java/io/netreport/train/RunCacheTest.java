package io.netreport.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netreport.TestSites;
import io.netreport.config.ConfigFile;
import io.netreport.config.ConfigLoader;
import io.netreport.config.Initialization;
import io.netreport.config.NetworkSpec;
import io.netreport.config.ReportConfig;
import io.netreport.config.TrainingConfig;
import io.netreport.data.DataLoader;
import io.netreport.data.PreparedData;
import io.netreport.nn.LayerDiagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The results cache: hits, misses, invalidation by every input that determines a run, and no others. */
class RunCacheTest {

    private static final RunSpec SPEC = new RunSpec(new NetworkSpec("net", List.of(4)), Initialization.HE,
            new TrainingConfig(0.1, 50, 10, 1L), 1);

    @TempDir
    Path dir;

    @Test
    void theKeyChangesWithEveryInputThatDeterminesTheHistory() {
        String key = RunCache.key(SPEC, "data");
        TrainingConfig training = SPEC.training();

        assertNotEquals(key, RunCache.key(SPEC, "other data"));
        assertNotEquals(key, RunCache.key(new RunSpec(new NetworkSpec("net", List.of(5)), Initialization.HE, training, 1), "data"));
        assertNotEquals(key, RunCache.key(new RunSpec(SPEC.network(), Initialization.XAVIER, training, 1), "data"));
        assertNotEquals(key, RunCache.key(new RunSpec(SPEC.network(), Initialization.HE, training, 2), "data"));
        assertNotEquals(key, RunCache.key(new RunSpec(SPEC.network(), Initialization.HE, new TrainingConfig(0.2, 50, 10, 1L), 1), "data"));
        assertNotEquals(key, RunCache.key(new RunSpec(SPEC.network(), Initialization.HE, new TrainingConfig(0.1, 60, 10, 1L), 1), "data"));
    }

    @Test
    void namesAndReportIntervalsAreNotPartOfTheKey() {
        RunSpec renamed = new RunSpec(new NetworkSpec("another name", List.of(4)), Initialization.HE,
                new TrainingConfig(0.1, 50, 25, 1L), 1);

        assertEquals(RunCache.key(SPEC, "data"), RunCache.key(renamed, "data"));
    }

    @Test
    void storesRecordsExactly() {
        RunCache cache = new RunCache(dir);
        TrainingHistory history = new TrainingHistory(new double[] {0.1 + 0.2, Math.PI}, new double[] {0.5, 1e-300},
                new double[] {Double.MIN_VALUE, 2}, new double[] {0, 1}, 5, 3);
        List<DiagnosticsSnapshot> diagnostics = List.of(new DiagnosticsSnapshot(0, List.of(
                new LayerDiagnostics(1, 2, 3, 4, 0.25, 1e-17, 5, 6, 7, Double.NaN),
                new LayerDiagnostics(-1, 0.5, 0.5, 0.1, Double.NaN, Double.NaN, 8, 9, 10, 11)), 3, 4));
        TestPredictions test = new TestPredictions(2, new double[] {-0.5, 3}, new double[] {0, 1});

        cache.store("k", new RunRecord(history, diagnostics, Optional.of(test)));
        RunRecord record = cache.load("k").orElseThrow();
        TrainingHistory read = record.history();

        assertEquals(diagnostics, record.diagnostics());
        assertEquals(2, record.test().orElseThrow().iteration());
        assertArrayEquals(test.logits(), record.test().orElseThrow().logits());
        assertArrayEquals(test.labels(), record.test().orElseThrow().labels());
        assertArrayEquals(history.trainLoss(), read.trainLoss());
        assertArrayEquals(history.trainAccuracy(), read.trainAccuracy());
        assertArrayEquals(history.validationLoss(), read.validationLoss());
        assertArrayEquals(history.validationAccuracy(), read.validationAccuracy());
        assertEquals(5, read.plannedIterations());
        assertEquals(3, read.divergedAt());
    }

    @Test
    void aDamagedEntryIsTrainedAgain() throws IOException {
        Files.writeString(dir.resolve("k.run"), "not a history");

        assertTrue(new RunCache(dir).load("k").isEmpty());
    }

    @Test
    void aSecondGridTrainsNothingAndGivesTheSameResults() {
        PreparedData data = smallData();
        List<RunSpec> specs = GridTrainer.specs(smallConfig().config());
        RunCache cache = new RunCache(dir);

        GridTrainer.Outcome first = new GridTrainer(2, cache, true).run(specs, data, ProgressListener.NONE);
        GridTrainer.Outcome second = new GridTrainer(2, cache, true).run(specs, data, ProgressListener.NONE);

        assertEquals(4, first.trained());
        assertEquals(0, first.cached());
        assertEquals(0, second.trained());
        assertEquals(4, second.cached());
        assertSameHistories(first.results(), second.results());
    }

    @Test
    void changingOneNetworkRetrainsOnlyItsRuns() {
        PreparedData data = smallData();
        ReportConfig config = smallConfig().config();
        RunCache cache = new RunCache(dir);
        new GridTrainer(2, cache, true).run(GridTrainer.specs(config), data, ProgressListener.NONE);
        ReportConfig changed = new ReportConfig(config.title(), config.description(), config.data(), config.training(),
                List.of(config.networks().get(0), new NetworkSpec(config.networks().get(1).name(), List.of(3))),
                config.initializations(), config.comparisons(), config.charts(), config.language(), config.nativeDigits());

        GridTrainer.Outcome outcome = new GridTrainer(2, cache, true).run(GridTrainer.specs(changed), data, ProgressListener.NONE);

        assertEquals(2, outcome.trained(), "the changed network's two initializations");
        assertEquals(2, outcome.cached());
    }

    @Test
    void noCacheRetrainsEverything() {
        PreparedData data = smallData();
        List<RunSpec> specs = GridTrainer.specs(smallConfig().config());
        RunCache cache = new RunCache(dir);
        new GridTrainer(1, cache, true).run(specs, data, ProgressListener.NONE);

        GridTrainer.Outcome forced = new GridTrainer(1, cache, false).run(specs, data, ProgressListener.NONE);

        assertEquals(4, forced.trained());
    }

    @Test
    void otherDataMissesTheCache() {
        List<RunSpec> specs = GridTrainer.specs(smallConfig().config());
        RunCache cache = new RunCache(dir);
        PreparedData data = smallData();
        new GridTrainer(1, cache, true).run(specs, data, ProgressListener.NONE);
        PreparedData shifted = new PreparedData(data.validation(), data.train(), data.test(), data.summary());

        assertEquals(4, new GridTrainer(1, cache, true).run(specs, shifted, ProgressListener.NONE).trained());
        assertNotEquals(RunCache.fingerprint(data), RunCache.fingerprint(shifted));
    }

    @Test
    void resultsDoNotDependOnTheNumberOfThreads() {
        PreparedData data = smallData();
        List<RunSpec> specs = GridTrainer.specs(smallConfig().config());

        assertSameHistories(new GridTrainer(1).train(specs, data, ProgressListener.NONE),
                new GridTrainer(3).train(specs, data, ProgressListener.NONE));
    }

    private static void assertSameHistories(List<RunResult> a, List<RunResult> b) {
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).spec(), b.get(i).spec());
            assertArrayEquals(a.get(i).history().trainLoss(), b.get(i).history().trainLoss());
            assertArrayEquals(a.get(i).history().validationAccuracy(), b.get(i).history().validationAccuracy());
            assertEquals(a.get(i).diagnostics(), b.get(i).diagnostics());
        }
    }

    private static ConfigFile smallConfig() {
        return new ConfigLoader().load(TestSites.resource("site/small.yaml"));
    }

    private static PreparedData smallData() {
        return DataLoader.load(smallConfig());
    }
}
