package io.netreport.analysis;

import io.netreport.nn.Losses;
import io.netreport.train.TestPredictions;
import java.util.Arrays;
import java.util.Comparator;

/**
 * A run's figures on the test part, from the parameters of its minimum-validation-loss checkpoint.
 * Predicted positive means probability above 0.5, as everywhere in the report. Precision is NaN
 * when nothing is predicted positive, recall when the part has no positive sample, F1 when either
 * is, ROC AUC when the part has a single class.
 *
 * @param iteration the checkpoint's iteration
 * @param rocAuc    area under the ROC curve: the probability that a random positive sample gets a
 *                  higher output than a random negative one, ties counting half
 */
public record TestEvaluation(int iteration, int samples, double loss, double accuracy, int truePositives,
                             int falsePositives, int trueNegatives, int falseNegatives, double precision, double recall,
                             double f1, double rocAuc) {

    public static TestEvaluation of(TestPredictions test) {
        double[] logits = test.logits();
        double[] labels = test.labels();
        double[] probabilities = new double[logits.length];
        int tp = 0;
        int fp = 0;
        int tn = 0;
        int fn = 0;
        for (int i = 0; i < logits.length; i++) {
            probabilities[i] = Losses.sigmoid(logits[i]);
            boolean predicted = probabilities[i] > 0.5;
            boolean actual = labels[i] == 1.0;
            if (predicted) {
                if (actual) {
                    tp++;
                } else {
                    fp++;
                }
            } else if (actual) {
                fn++;
            } else {
                tn++;
            }
        }
        double precision = tp + fp == 0 ? Double.NaN : tp / (double) (tp + fp);
        double recall = tp + fn == 0 ? Double.NaN : tp / (double) (tp + fn);
        double f1 = Double.isNaN(precision) || Double.isNaN(recall) ? Double.NaN
                : precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new TestEvaluation(test.iteration(), logits.length, Losses.crossEntropy(logits, probabilities, labels),
                (tp + tn) / (double) logits.length, tp, fp, tn, fn, precision, recall, f1, rocAuc(logits, labels));
    }

    /**
     * The Mann-Whitney form of the ROC AUC: rank all outputs (tied outputs share their mean rank),
     * sum the positives' ranks. Logits rank the samples as the probabilities do, without the ties
     * that rounding to 0 or 1 would create.
     */
    static double rocAuc(double[] scores, double[] labels) {
        int n = scores.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        double positiveRanks = 0;
        int positives = 0;
        for (int start = 0; start < n; ) {
            int end = start;
            while (end + 1 < n && scores[order[end + 1]] == scores[order[start]]) {
                end++;
            }
            double meanRank = (start + end) / 2.0 + 1;
            for (int k = start; k <= end; k++) {
                if (labels[order[k]] == 1.0) {
                    positiveRanks += meanRank;
                    positives++;
                }
            }
            start = end + 1;
        }
        int negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (positiveRanks - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }
}
