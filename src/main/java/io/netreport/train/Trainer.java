package io.netreport.train;

import io.netreport.data.Dataset;
import io.netreport.data.PreparedData;
import io.netreport.nn.Activations;
import io.netreport.nn.Gradients;
import io.netreport.nn.Losses;
import io.netreport.nn.Network;
import java.util.Arrays;
import java.util.Random;

/**
 * Full-batch gradient descent of one run, recording train and validation loss and accuracy after
 * every update.
 */
public final class Trainer {

    private final PreparedData data;
    private final double[][] trainX;
    private final double[][] validationX;

    public Trainer(PreparedData data) {
        this.data = data;
        this.trainX = samplesAsColumns(data.train());
        this.validationX = samplesAsColumns(data.validation());
    }

    public RunResult train(RunSpec spec, ProgressListener progress) {
        Network network = Network.initialized(data.train().features(), spec.network().hidden(), spec.initialization(),
                new Random(spec.seed()));
        TrainingHistory history = descend(network, spec.training().learningRate(), spec.training().iterations(),
                spec.training().reportInterval(), progress);
        return withHistory(spec, history);
    }

    /** The result of a run whose history is already known (from the cache). */
    public RunResult withHistory(RunSpec spec, TrainingHistory history) {
        int[] widths = widths(spec);
        return new RunResult(spec, widths, Network.parameterCount(widths), flopsPerIteration(spec), history);
    }

    /** Floating-point operations of one iteration of a run on this data. */
    public long flopsPerIteration(RunSpec spec) {
        return Network.flopsPerIteration(widths(spec), data.train().rows(), data.validation().rows());
    }

    private int[] widths(RunSpec spec) {
        return Network.widths(data.train().features(), spec.network().hidden());
    }

    private TrainingHistory descend(Network network, double alpha, int iterations, int progressEvery,
                                    ProgressListener progress) {
        double[] trainY = data.train().y();
        double[] validationY = data.validation().y();
        Activations trainPass = new Activations(network, trainY.length);
        Activations validationPass = new Activations(network, validationY.length);
        Gradients gradients = new Gradients(network, trainY.length);
        double[][] figures = new double[4][iterations];
        network.forward(trainX, trainPass);
        int done = 0;
        for (int i = 0; i < iterations; i++) {
            network.backward(trainX, trainY, trainPass, gradients);
            network.step(gradients, alpha);
            // This forward pass gives the figures after i + 1 updates and the next update's gradients.
            network.forward(trainX, trainPass);
            network.forward(validationX, validationPass);
            double trainLoss = Losses.crossEntropy(trainPass.logits(), trainPass.probabilities(), trainY);
            double validationLoss = Losses.crossEntropy(validationPass.logits(), validationPass.probabilities(), validationY);
            if (!Double.isFinite(trainLoss) || !Double.isFinite(validationLoss)) {
                progress.advanced(iterations - done);
                return truncated(figures, i, iterations);
            }
            figures[0][i] = trainLoss;
            figures[1][i] = Losses.accuracy(trainPass.probabilities(), trainY);
            figures[2][i] = validationLoss;
            figures[3][i] = Losses.accuracy(validationPass.probabilities(), validationY);
            if ((i + 1) % progressEvery == 0 || i + 1 == iterations) {
                progress.advanced(i + 1 - done);
                done = i + 1;
            }
        }
        return new TrainingHistory(figures[0], figures[1], figures[2], figures[3], iterations, 0);
    }

    private static TrainingHistory truncated(double[][] figures, int completed, int planned) {
        double[][] kept = new double[4][];
        for (int s = 0; s < 4; s++) {
            kept[s] = java.util.Arrays.copyOf(figures[s], completed);
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
