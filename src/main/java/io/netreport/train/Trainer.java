package io.netreport.train;

import io.netreport.config.TrainingConfig;
import io.netreport.data.Dataset;
import io.netreport.data.PreparedData;
import io.netreport.nn.Activations;
import io.netreport.nn.Gradients;
import io.netreport.nn.LayerProbe;
import io.netreport.nn.Losses;
import io.netreport.nn.Network;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Full-batch gradient descent of one run, recording train and validation loss and accuracy after
 * every update, per-layer diagnostics at every report interval, and the test part's outputs at the
 * checkpoint of minimum validation loss.
 */
public final class Trainer {

    private final PreparedData data;
    private final double[][] trainX;
    private final double[][] validationX;
    private final double[][] testX;

    public Trainer(PreparedData data) {
        this.data = data;
        this.trainX = samplesAsColumns(data.train());
        this.validationX = samplesAsColumns(data.validation());
        this.testX = data.test().map(Trainer::samplesAsColumns).orElse(null);
    }

    public RunResult train(RunSpec spec, ProgressListener progress) {
        Network network = Network.initialized(data.train().features(), spec.network().hidden(), spec.initialization(),
                new Random(spec.seed()));
        return withRecord(spec, descend(network, spec.training(), progress));
    }

    /** The result of a run whose record is already known (from the cache). */
    public RunResult withRecord(RunSpec spec, RunRecord record) {
        int[] widths = widths(spec);
        return new RunResult(spec, widths, Network.parameterCount(widths), flopsPerIteration(spec), record);
    }

    /** Floating-point operations of one iteration of a run on this data. */
    public long flopsPerIteration(RunSpec spec) {
        return Network.flopsPerIteration(widths(spec), data.train().rows(), data.validation().rows());
    }

    private int[] widths(RunSpec spec) {
        return Network.widths(data.train().features(), spec.network().hidden());
    }

    private RunRecord descend(Network network, TrainingConfig training, ProgressListener progress) {
        double alpha = training.learningRate();
        int iterations = training.iterations();
        int every = training.reportInterval();
        double[] trainY = data.train().y();
        double[] validationY = data.validation().y();
        Activations trainPass = new Activations(network, trainY.length);
        Activations validationPass = new Activations(network, validationY.length);
        Gradients gradients = new Gradients(network, trainY.length);
        double[][] figures = new double[4][iterations];
        List<DiagnosticsSnapshot> diagnostics = new ArrayList<>();
        // the parameters of the lowest validation loss so far, kept for the test part
        Network best = testX == null ? null : network.copy();
        int bestIteration = 0;
        double bestLoss = Double.POSITIVE_INFINITY;
        network.forward(trainX, trainPass);
        network.forward(validationX, validationPass);
        int done = 0;
        for (int i = 0; i < iterations; i++) {
            network.backward(trainX, trainY, trainPass, gradients);
            if (i % every == 0) {
                diagnostics.add(snapshot(i, network, trainPass, validationPass, gradients, alpha));
            }
            network.step(gradients, alpha);
            // This forward pass gives the figures after i + 1 updates and the next update's gradients.
            network.forward(trainX, trainPass);
            network.forward(validationX, validationPass);
            double trainLoss = Losses.crossEntropy(trainPass.logits(), trainPass.probabilities(), trainY);
            double validationLoss = Losses.crossEntropy(validationPass.logits(), validationPass.probabilities(), validationY);
            if (!Double.isFinite(trainLoss) || !Double.isFinite(validationLoss)) {
                progress.advanced(iterations - done);
                return new RunRecord(truncated(figures, i, iterations), diagnostics, test(best, bestIteration));
            }
            figures[0][i] = trainLoss;
            figures[1][i] = Losses.accuracy(trainPass.probabilities(), trainY);
            figures[2][i] = validationLoss;
            figures[3][i] = Losses.accuracy(validationPass.probabilities(), validationY);
            if (best != null && validationLoss < bestLoss) {
                bestLoss = validationLoss;
                bestIteration = i + 1;
                best.copyFrom(network);
            }
            if ((i + 1) % every == 0 || i + 1 == iterations) {
                progress.advanced(i + 1 - done);
                done = i + 1;
            }
        }
        // the last parameters, with the gradient an update after them would use
        network.backward(trainX, trainY, trainPass, gradients);
        diagnostics.add(snapshot(iterations, network, trainPass, validationPass, gradients, alpha));
        TrainingHistory history = new TrainingHistory(figures[0], figures[1], figures[2], figures[3], iterations, 0);
        return new RunRecord(history, diagnostics, test(best, bestIteration));
    }

    private static DiagnosticsSnapshot snapshot(int iteration, Network network, Activations trainPass,
                                                Activations validationPass, Gradients gradients, double alpha) {
        return new DiagnosticsSnapshot(iteration, Arrays.asList(LayerProbe.measure(network, trainPass, gradients, alpha)),
                Losses.positivePredictions(trainPass.probabilities()),
                Losses.positivePredictions(validationPass.probabilities()));
    }

    /** The test part's outputs under the kept parameters; empty without a test part or a recorded iteration. */
    private Optional<TestPredictions> test(Network best, int iteration) {
        if (best == null || iteration == 0) {
            return Optional.empty();
        }
        Dataset test = data.test().orElseThrow();
        Activations pass = new Activations(best, test.rows());
        best.forward(testX, pass);
        return Optional.of(new TestPredictions(iteration, pass.logits().clone(), test.y().clone()));
    }

    private static TrainingHistory truncated(double[][] figures, int completed, int planned) {
        double[][] kept = new double[4][];
        for (int s = 0; s < 4; s++) {
            kept[s] = Arrays.copyOf(figures[s], completed);
        }
        return new TrainingHistory(kept[0], kept[1], kept[2], kept[3], planned, completed + 1);
    }

    /** The {@code features x rows} matrix of a data set, one array per feature: one column per sample. */
    static double[][] samplesAsColumns(Dataset data) {
        double[][] x = new double[data.features()][data.rows()];
        for (int i = 0; i < data.rows(); i++) {
            for (int f = 0; f < data.features(); f++) {
                x[f][i] = data.value(i, f);
            }
        }
        return x;
    }
}
