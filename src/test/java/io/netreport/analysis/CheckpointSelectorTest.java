package io.netreport.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netreport.train.TrainingHistory;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckpointSelectorTest {

    /** Five iterations worked by hand: each criterion has a tie, which goes to the earlier iteration. */
    private static final TrainingHistory HISTORY = new TrainingHistory(
            new double[] {0.70, 0.50, 0.40, 0.40, 0.45},   // train loss: minimum 0.40 at 3 and 4
            new double[] {0.60, 0.80, 0.85, 0.90, 0.90},   // train accuracy: maximum 0.90 at 4 and 5
            new double[] {0.69, 0.55, 0.60, 0.55, 0.58},   // validation loss: minimum 0.55 at 2 and 4
            new double[] {0.59, 0.75, 0.75, 0.70, 0.74},   // validation accuracy: maximum 0.75 at 2 and 3
            5, 0);

    @Test
    void picksEachCriterionsEarliestBestIterationWithTheMatchingPartsFigures() {
        Map<Criterion, Checkpoint> checkpoints = CheckpointSelector.select(HISTORY);

        assertEquals(new Checkpoint(3, 0.85, 0.40), checkpoints.get(Criterion.MIN_TRAIN_LOSS));
        assertEquals(new Checkpoint(2, 0.75, 0.55), checkpoints.get(Criterion.MIN_VALIDATION_LOSS));
        assertEquals(new Checkpoint(4, 0.90, 0.40), checkpoints.get(Criterion.MAX_TRAIN_ACCURACY));
        assertEquals(new Checkpoint(2, 0.75, 0.55), checkpoints.get(Criterion.MAX_VALIDATION_ACCURACY));
    }

    @Test
    void aRunThatDivergedAtOnceHasNoCheckpoints() {
        TrainingHistory diverged = new TrainingHistory(new double[0], new double[0], new double[0], new double[0], 100, 1);

        assertTrue(CheckpointSelector.select(diverged).isEmpty());
    }

    @Test
    void aRunThatDivergedLaterIsJudgedOnItsFiniteIterations() {
        TrainingHistory diverged = new TrainingHistory(new double[] {0.6, 0.3}, new double[] {0.7, 0.8},
                new double[] {0.65, 0.5}, new double[] {0.6, 0.7}, 10, 3);

        assertEquals(new Checkpoint(2, 0.8, 0.3), CheckpointSelector.select(diverged).get(Criterion.MIN_TRAIN_LOSS));
    }
}
