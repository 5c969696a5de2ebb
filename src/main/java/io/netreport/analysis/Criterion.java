package io.netreport.analysis;

/** The original report's four ways of picking the best iteration of a run. */
public enum Criterion {
    MIN_TRAIN_LOSS("Train set at minimum train loss", "train"),
    MIN_VALIDATION_LOSS("Validation set at minimum validation loss", "validation"),
    MAX_TRAIN_ACCURACY("Train set at maximum train accuracy", "train"),
    MAX_VALIDATION_ACCURACY("Validation set at maximum validation accuracy", "validation");

    private final String label;
    private final String part;

    Criterion(String label, String part) {
        this.label = label;
        this.part = part;
    }

    public String label() {
        return label;
    }

    /** The part whose figures the checkpoint reports: {@code train} or {@code validation}. */
    public String part() {
        return part;
    }
}
