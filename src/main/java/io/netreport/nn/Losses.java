package io.netreport.nn;

/**
 * Binary cross-entropy and accuracy of a sigmoid output. Pure functions over the output arrays;
 * {@link StrictMath} keeps every figure identical on every JVM and CPU.
 */
public final class Losses {

    private Losses() {
    }

    /** The sigmoid {@code 1 / (1 + e^-z)}: 0 for very negative z, never NaN. */
    public static double sigmoid(double z) {
        return 1.0 / (1.0 + StrictMath.exp(-z));
    }

    /**
     * Mean binary cross-entropy of the output, from the logits {@code z} and the probabilities
     * {@code p = sigmoid(z)} of the same forward pass:
     * {@code max(z, 0) - z y + log(1 + e^-|z|)}, with {@code log(1 + e^-|z|) = -log(sigmoid(|z|))}
     * taken as {@code -log(max(p, 1 - p))}. This equals {@code -y log p - (1-y) log(1-p)} but the
     * logarithm's argument is always at least 1/2, so it never takes log(0) or overflows, even for
     * |z| = 1000; and it needs one logarithm per sample and no second exponential.
     */
    public static double crossEntropy(double[] logits, double[] probabilities, double[] labels) {
        double sum = 0;
        for (int i = 0; i < labels.length; i++) {
            double z = logits[i];
            double p = probabilities[i];
            sum += Math.max(z, 0) - z * labels[i] - StrictMath.log(z >= 0 ? p : 1 - p);
        }
        return sum / labels.length;
    }

    /** Share of samples whose predicted class (probability above 0.5 means positive) equals the label. */
    public static double accuracy(double[] probabilities, double[] labels) {
        int correct = 0;
        for (int i = 0; i < labels.length; i++) {
            boolean predictedPositive = probabilities[i] > 0.5;
            correct += predictedPositive == (labels[i] == 1.0) ? 1 : 0;
        }
        return correct / (double) labels.length;
    }

    /** Samples predicted positive: probability above 0.5, the threshold of {@link #accuracy}. */
    public static int positivePredictions(double[] probabilities) {
        int count = 0;
        for (double p : probabilities) {
            count += p > 0.5 ? 1 : 0;
        }
        return count;
    }
}
