package io.netreport.analysis;

import io.netreport.config.Initialization;

/**
 * What an initialization's variance rule predicts for the spread of each layer's pre-activations at
 * initialization, for standardized inputs (each feature of variance 1): layer 1 gets
 * {@code Var(z) = n_0 s_0^2}, and each later layer {@code Var(z) = n s^2 Var(z_prev) / 2}, since a
 * ReLU keeps half of the second moment of a symmetric input. He's s^2 = 2/n holds the spread at 1;
 * Xavier's 1/n halves the variance per ReLU layer; 0.01 shrinks it about a hundredfold per layer.
 */
public final class VarianceRule {

    private VarianceRule() {
    }

    /** The predicted standard deviation of Z at each weight layer, input side first. */
    public static double[] predictedSd(int[] widths, Initialization init) {
        double[] sd = new double[widths.length - 1];
        double variance = 1;
        for (int l = 0; l < sd.length; l++) {
            double scale = init.scale(widths[l]);
            double secondMoment = l == 0 ? 1 : variance / 2;
            variance = widths[l] * scale * scale * secondMoment;
            sd[l] = Math.sqrt(variance);
        }
        return sd;
    }
}
