package io.netreport.site;

import io.netreport.train.TrainingHistory;

/**
 * A run's recorded figures as CSV, one row per iteration. Numbers are written in Java's shortest
 * round-trip form, so reading them back gives the exact doubles of {@code results.json}.
 */
final class HistoryCsv {

    static final String HEADER = "iteration,train_loss,train_accuracy,validation_loss,validation_accuracy\n";

    private HistoryCsv() {
    }

    static String of(TrainingHistory history) {
        StringBuilder csv = new StringBuilder(HEADER.length() + history.iterations() * 90).append(HEADER);
        for (int i = 0; i < history.iterations(); i++) {
            csv.append(i + 1).append(',').append(history.trainLoss()[i]).append(',').append(history.trainAccuracy()[i])
                    .append(',').append(history.validationLoss()[i]).append(',').append(history.validationAccuracy()[i])
                    .append('\n');
        }
        return csv.toString();
    }
}
