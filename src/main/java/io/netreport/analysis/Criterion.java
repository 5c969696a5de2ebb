package io.netreport.analysis;

/**
 * The original report's four ways of picking the best iteration of a run. Their names for readers
 * are in the site's message bundles ({@code criterion.min-train-loss}, ...).
 */
public enum Criterion {
    MIN_TRAIN_LOSS("train"),
    MIN_VALIDATION_LOSS("validation"),
    MAX_TRAIN_ACCURACY("train"),
    MAX_VALIDATION_ACCURACY("validation");

    private final String part;

    Criterion(String part) {
        this.part = part;
    }

    /** The part whose figures the checkpoint reports: {@code train} or {@code validation}. */
    public String part() {
        return part;
    }
}
