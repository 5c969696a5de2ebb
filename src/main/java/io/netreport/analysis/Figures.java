package io.netreport.analysis;

import io.netreport.train.TrainingHistory;

/** Loss and accuracy on the train and validation parts at one iteration. */
public record Figures(int iteration, double trainLoss, double trainAccuracy, double validationLoss,
                      double validationAccuracy) {

    /** The figures recorded at {@code iteration} (1-based). */
    public static Figures at(TrainingHistory history, int iteration) {
        int i = iteration - 1;
        return new Figures(iteration, history.trainLoss()[i], history.trainAccuracy()[i], history.validationLoss()[i],
                history.validationAccuracy()[i]);
    }
}
