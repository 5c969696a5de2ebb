package io.netreport.train;

import java.util.Objects;

/**
 * Loss and accuracy on the train and validation parts after every update: index {@code i - 1}
 * holds the figures of the parameters after {@code i} updates. A run that diverged stops at the
 * first iteration whose train or validation loss is not finite; its arrays hold only the
 * iterations before it.
 *
 * @param plannedIterations the iterations the run was configured for
 * @param divergedAt        the iteration whose train or validation loss was not finite, or 0 if the run completed
 */
public record TrainingHistory(double[] trainLoss, double[] trainAccuracy, double[] validationLoss,
                              double[] validationAccuracy, int plannedIterations, int divergedAt) {

    public TrainingHistory {
        Objects.requireNonNull(trainLoss, "trainLoss");
        int n = trainLoss.length;
        if (trainAccuracy.length != n || validationLoss.length != n || validationAccuracy.length != n) {
            throw new IllegalArgumentException("all four series need the same length, found " + n + ", "
                    + trainAccuracy.length + ", " + validationLoss.length + ", " + validationAccuracy.length);
        }
        if (divergedAt == 0 && n != plannedIterations) {
            throw new IllegalArgumentException("a completed run has " + plannedIterations + " iterations, found " + n);
        }
        if (divergedAt != 0 && divergedAt != n + 1) {
            throw new IllegalArgumentException("a run that diverged at " + divergedAt + " has " + (divergedAt - 1)
                    + " iterations, found " + n);
        }
    }

    /** Iterations with recorded figures. */
    public int iterations() {
        return trainLoss.length;
    }

    public boolean diverged() {
        return divergedAt != 0;
    }
}
