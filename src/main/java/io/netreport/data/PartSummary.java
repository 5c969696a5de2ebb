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

    public static PartSummary of(String name, Dataset data) {
        return new PartSummary(name, data.rows(), data.positives());
    }
}
