package io.netreport.analysis;

/** The failures a diagnosis can name, in the order the report lists them. */
public enum Symptom {
    DIVERGED("diverged"),
    CONSTANT_PREDICTION("constant-prediction"),
    SYMMETRY_NOT_BROKEN("symmetry"),
    VANISHING_GRADIENTS("vanishing-gradients"),
    DEAD_RELUS("dead-relus"),
    OVERFITTING("overfitting");

    private final String key;

    Symptom(String key) {
        this.key = key;
    }

    /** The symptom's name in results.json, CSS classes and message keys. */
    public String key() {
        return key;
    }
}
