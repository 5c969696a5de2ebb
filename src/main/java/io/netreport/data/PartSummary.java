package io.netreport.data;

/** Size and class balance of one part of the data. */
public record PartSummary(String name, int rows, int positives) {

    public int negatives() {
        return rows - positives;
    }

    /** Share of the larger class: the accuracy of always predicting it. */
    public double majorityShare() {
        return rows == 0 ? 0 : Math.max(positives, negatives()) / (double) rows;
    }

    /**
     * The lowest cross-entropy any constant prediction reaches on this part: predicting the share
     * of positives q for every sample costs the entropy {@code -q log q - (1-q) log(1-q)}. A model
     * at this loss has learned nothing from the features. 0 for a part with one class.
     */
    public double constantPredictionLoss() {
        if (rows == 0 || positives == 0 || positives == rows) {
            return 0;
        }
        double q = positives / (double) rows;
        return -q * StrictMath.log(q) - (1 - q) * StrictMath.log(1 - q);
    }

    public static PartSummary of(String name, Dataset data) {
        return new PartSummary(name, data.rows(), data.positives());
    }
}
