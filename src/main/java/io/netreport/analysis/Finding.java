package io.netreport.analysis;

import java.util.List;

/**
 * One symptom found in a run, with the figures that show it. The words come later, from the site's
 * message bundles; a finding holds only what the rule measured.
 */
public sealed interface Finding {

    Symptom symptom();

    /** The loss stopped being a finite number at {@code iteration}. */
    record Diverged(int iteration) implements Finding {
        public Symptom symptom() {
            return Symptom.DIVERGED;
        }
    }

    /**
     * Every train and validation sample is predicted as one class at the last recorded iteration.
     *
     * @param positive           whether that class is the positive one
     * @param validationAccuracy the validation accuracy this gives: that class's share of the part
     * @param majority           whether that class is the validation part's majority class
     */
    record ConstantPrediction(boolean positive, double validationAccuracy, boolean majority) implements Finding {
        public Symptom symptom() {
            return Symptom.CONSTANT_PREDICTION;
        }
    }

    /** The hidden units of these layers (1 = first hidden layer) are identical to each other. */
    record SymmetryNotBroken(List<Integer> layers) implements Finding {
        public SymmetryNotBroken {
            layers = List.copyOf(layers);
        }

        public Symptom symptom() {
            return Symptom.SYMMETRY_NOT_BROKEN;
        }
    }

    /**
     * The gradient reaching the first layer is {@code ratio} times the one reaching the output, as the
     * median over the recorded intervals.
     */
    record VanishingGradients(double ratio) implements Finding {
        public Symptom symptom() {
            return Symptom.VANISHING_GRADIENTS;
        }
    }

    /** At the last recorded iteration, {@code fraction} of hidden layer {@code layer}'s units never fire. */
    record DeadRelus(int layer, double fraction) implements Finding {
        public Symptom symptom() {
            return Symptom.DEAD_RELUS;
        }
    }

    /**
     * From {@code since}, the iteration of minimum validation loss, to the last iteration, validation
     * loss rose by {@code validationRise} (a fraction) while train loss fell by {@code trainFall}.
     */
    record Overfitting(int since, double validationRise, double trainFall) implements Finding {
        public Symptom symptom() {
            return Symptom.OVERFITTING;
        }
    }
}
