package io.netreport.analysis;

import io.netreport.data.PartSummary;
import io.netreport.nn.LayerDiagnostics;
import io.netreport.train.DiagnosticsSnapshot;
import io.netreport.train.RunResult;
import io.netreport.train.TrainingHistory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The explicit rules that turn a run's recorded figures into {@link Finding}s. Every threshold is a
 * constant here and is printed on the method page from these constants, so the page cannot
 * disagree with the code.
 */
public final class DiagnosisRules {

    /** A hidden layer's units count as identical when their spread is at most this (exact symmetry gives 0). */
    public static final double SYMMETRY_SPREAD = 1e-9;
    /** Gradients vanish when the first layer receives less than this share of the output's gradient (median over intervals). */
    public static final double VANISHING_RATIO = 1e-3;
    /** ReLUs count as dead in a run when at least this share of one hidden layer's units never fire. */
    public static final double DEAD_FRACTION = 0.5;
    /** Overfitting needs validation loss to end at least this fraction above its minimum... */
    public static final double OVERFITTING_RISE = 0.05;
    /** ...over at least this share of the planned iterations, while train loss falls. */
    public static final double OVERFITTING_STRETCH = 0.1;

    private DiagnosisRules() {
    }

    /**
     * The findings of a run, in {@link Symptom} order.
     *
     * @param train      the train part the run was trained on
     * @param validation the validation part it was evaluated on
     */
    public static List<Finding> diagnose(RunResult run, PartSummary train, PartSummary validation) {
        List<Finding> findings = new ArrayList<>();
        TrainingHistory history = run.history();
        if (history.diverged()) {
            findings.add(new Finding.Diverged(history.divergedAt()));
        }
        List<DiagnosticsSnapshot> diagnostics = run.diagnostics();
        if (!diagnostics.isEmpty()) {
            DiagnosticsSnapshot last = diagnostics.get(diagnostics.size() - 1);
            constantPrediction(last, train, validation).ifPresent(findings::add);
            Optional<Finding> symmetry = symmetry(last, run.widths());
            symmetry.ifPresent(findings::add);
            vanishingGradients(diagnostics).ifPresent(findings::add);
            if (symmetry.isEmpty()) {
                // identical units are all dead or all alive together: the symmetry finding already says it
                deadRelus(last).ifPresent(findings::add);
            }
        }
        overfitting(history).ifPresent(findings::add);
        return List.copyOf(findings);
    }

    static Optional<Finding> constantPrediction(DiagnosticsSnapshot last, PartSummary train, PartSummary validation) {
        int t = last.trainPositivePredictions();
        int v = last.validationPositivePredictions();
        boolean allNegative = t == 0 && v == 0;
        boolean allPositive = t == train.rows() && v == validation.rows();
        if (!allNegative && !allPositive) {
            return Optional.empty();
        }
        int predictedClass = allPositive ? validation.positives() : validation.negatives();
        int otherClass = validation.rows() - predictedClass;
        return Optional.of(new Finding.ConstantPrediction(allPositive, predictedClass / (double) validation.rows(),
                predictedClass >= otherClass));
    }

    static Optional<Finding> symmetry(DiagnosticsSnapshot last, int[] widths) {
        List<Integer> layers = new ArrayList<>();
        for (int l = 0; l + 1 < last.layers().size(); l++) {
            // a layer of one unit has nothing to be symmetric with
            if (widths[l + 1] > 1 && last.layers().get(l).unitSpread() <= SYMMETRY_SPREAD) {
                layers.add(l + 1);
            }
        }
        return layers.isEmpty() ? Optional.empty() : Optional.of(new Finding.SymmetryNotBroken(layers));
    }

    /**
     * Median over the snapshots of |dLoss/dZ| at the first layer over that at the output. An exactly
     * zero ratio means nothing flows back at all (zero weights or dead units), which the symmetry and
     * dead-ReLU rules explain; it does not count as vanishing.
     */
    static Optional<Finding> vanishingGradients(List<DiagnosticsSnapshot> diagnostics) {
        if (diagnostics.get(0).layers().size() < 2) {
            return Optional.empty();
        }
        double[] ratios = diagnostics.stream().mapToDouble(DiagnosisRules::gradientRatio).filter(Double::isFinite).toArray();
        if (ratios.length == 0) {
            return Optional.empty();
        }
        double median = median(ratios);
        return median > 0 && median < VANISHING_RATIO ? Optional.of(new Finding.VanishingGradients(median)) : Optional.empty();
    }

    /** |dLoss/dZ| of the first layer over that of the output layer; NaN when the output's is 0. */
    public static double gradientRatio(DiagnosticsSnapshot snapshot) {
        List<LayerDiagnostics> layers = snapshot.layers();
        double last = layers.get(layers.size() - 1).backpropagatedGradientNorm();
        return last == 0 ? Double.NaN : layers.get(0).backpropagatedGradientNorm() / last;
    }

    static Optional<Finding> deadRelus(DiagnosticsSnapshot last) {
        int worst = -1;
        double fraction = 0;
        for (int l = 0; l + 1 < last.layers().size(); l++) {
            double dead = last.layers().get(l).deadFraction();
            if (dead >= DEAD_FRACTION && dead > fraction) {
                worst = l + 1;
                fraction = dead;
            }
        }
        return worst < 0 ? Optional.empty() : Optional.of(new Finding.DeadRelus(worst, fraction));
    }

    static Optional<Finding> overfitting(TrainingHistory history) {
        int n = history.iterations();
        if (n == 0) {
            return Optional.empty();
        }
        int best = CheckpointSelector.argBest(history.validationLoss(), false);
        int last = n - 1;
        double minimum = history.validationLoss()[best];
        double rise = (history.validationLoss()[last] - minimum) / minimum;
        double trainFall = (history.trainLoss()[best] - history.trainLoss()[last]) / history.trainLoss()[best];
        boolean longEnough = last - best >= Math.max(1, OVERFITTING_STRETCH * history.plannedIterations());
        if (longEnough && minimum > 0 && rise >= OVERFITTING_RISE && trainFall > 0) {
            return Optional.of(new Finding.Overfitting(best + 1, rise, trainFall));
        }
        return Optional.empty();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
