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
     * Mean binary cross-entropy computed from the logits,
     * {@code max(z, 0) - z y + log(1 + e^-|z|)}, which equals {@code -y log p - (1-y) log(1-p)} for
     * {@code p = sigmoid(z)} but never takes log(0) or overflows, even for |z| = 1000.
     */
    public static double crossEntropyFromLogits(double[] logits, double[] labels) {
        double sum = 0;
        for (int i = 0; i < labels.length; i++) {
            double z = logits[i];
            sum += Math.max(z, 0) - z * labels[i] + StrictMath.log1p(StrictMath.exp(-Math.abs(z)));
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
}
