package io.netreport.analysis;

import io.netreport.train.TrainingHistory;
import java.util.EnumMap;
import java.util.Map;

/**
 * Picks the checkpoint of each {@link Criterion} from a history. Ties go to the earliest
 * iteration. A history without iterations (a run that diverged at once) has no checkpoints.
 */
public final class CheckpointSelector {

    private CheckpointSelector() {
    }

    public static Map<Criterion, Checkpoint> select(TrainingHistory history) {
        Map<Criterion, Checkpoint> checkpoints = new EnumMap<>(Criterion.class);
        if (history.iterations() == 0) {
            return checkpoints;
        }
        int minTrainLoss = argBest(history.trainLoss(), false);
        int minValidationLoss = argBest(history.validationLoss(), false);
        int maxTrainAccuracy = argBest(history.trainAccuracy(), true);
        int maxValidationAccuracy = argBest(history.validationAccuracy(), true);
        checkpoints.put(Criterion.MIN_TRAIN_LOSS, train(history, minTrainLoss));
        checkpoints.put(Criterion.MIN_VALIDATION_LOSS, validation(history, minValidationLoss));
        checkpoints.put(Criterion.MAX_TRAIN_ACCURACY, train(history, maxTrainAccuracy));
        checkpoints.put(Criterion.MAX_VALIDATION_ACCURACY, validation(history, maxValidationAccuracy));
        return checkpoints;
    }

    /** Index of the first largest ({@code maximum}) or first smallest value. */
    static int argBest(double[] values, boolean maximum) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (maximum ? values[i] > values[best] : values[i] < values[best]) {
                best = i;
            }
        }
        return best;
    }

    private static Checkpoint train(TrainingHistory history, int index) {
        return new Checkpoint(index + 1, history.trainAccuracy()[index], history.trainLoss()[index]);
    }

    private static Checkpoint validation(TrainingHistory history, int index) {
        return new Checkpoint(index + 1, history.validationAccuracy()[index], history.validationLoss()[index]);
    }
}
