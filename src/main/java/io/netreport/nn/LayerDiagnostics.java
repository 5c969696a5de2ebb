package io.netreport.nn;

/**
 * How one weight layer looks at one moment of training, measured on a forward and backward pass
 * over the train part. Figures that do not apply to the output layer (dead units, unit spread) are
 * NaN there, as is the update ratio of a layer whose weights are all zero.
 *
 * @param preActivationMean  mean of Z over the layer's units and the samples
 * @param preActivationSd    population standard deviation of Z over units and samples
 * @param activationMean     mean of A = relu(Z), or of the sigmoid output at the last layer
 * @param activationSd       population standard deviation of A
 * @param deadFraction       share of the layer's ReLU units whose Z is at most 0 on every sample
 * @param unitSpread         how far the layer's units are from all being the same unit: the largest
 *                           distance of a unit's incoming weights and bias from the first unit's,
 *                           over the root mean square of the units' norms; exactly 0 when every unit
 *                           is identical (symmetry not broken)
 * @param weightNorm         Frobenius norm of W
 * @param weightGradientNorm Frobenius norm of dLoss/dW
 * @param backpropagatedGradientNorm Frobenius norm of dLoss/dZ: the error signal that reaches the
 *                           layer from the output, which shrinks layer by layer when gradients vanish
 * @param updateRatio        norm of the update (alpha dW) over the norm of W
 */
public record LayerDiagnostics(double preActivationMean, double preActivationSd, double activationMean,
                               double activationSd, double deadFraction, double unitSpread, double weightNorm,
                               double weightGradientNorm, double backpropagatedGradientNorm, double updateRatio) {
}
