package io.netreport.train;

import io.netreport.Digests;
import io.netreport.data.Dataset;
import io.netreport.data.PreparedData;
import io.netreport.nn.LayerDiagnostics;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The records of finished runs (history, diagnostics, test outputs), one file per run, under a key
 * that hashes everything that determines them: the standardized values and labels of every part (so the data
 * bytes, the split and the preprocessing), the hidden layer sizes, the initialization, the seed,
 * the learning rate, the iterations and {@link #TRAINING_CODE_VERSION}. Names, titles, report
 * intervals, comparisons and templates are not in the key: changing them retrains nothing.
 */
public final class RunCache {

    /** Raise whenever a change to the training code could change any recorded figure. */
    public static final String TRAINING_CODE_VERSION = "3";

    private static final int FORMAT = 2;

    private final Path folder;

    public RunCache(Path folder) {
        this.folder = folder;
    }

    /** The digest of the data a grid trains on, computed once per build and shared by its keys. */
    public static String fingerprint(PreparedData data) {
        MessageDigest digest = Digests.newSha256();
        List<Dataset> parts = new ArrayList<>(List.of(data.train(), data.validation()));
        data.test().ifPresent(parts::add);
        for (Dataset part : parts) {
            update(digest, part.features());
            update(digest, part.rows());
            for (double v : part.x()) {
                update(digest, Double.doubleToLongBits(v));
            }
            for (double v : part.y()) {
                update(digest, Double.doubleToLongBits(v));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The key of one run on data with the given fingerprint. */
    public static String key(RunSpec spec, String dataFingerprint) {
        String identity = String.join("\n", "netreport-run", TRAINING_CODE_VERSION, dataFingerprint,
                spec.network().hidden().toString(), spec.initialization().key(), Long.toString(spec.seed()),
                Long.toHexString(Double.doubleToLongBits(spec.training().learningRate())),
                Integer.toString(spec.training().iterations()));
        return Digests.sha256(identity.getBytes(StandardCharsets.UTF_8));
    }

    /** The stored record, or empty if there is none or it cannot be read (then it is trained again). */
    public Optional<RunRecord> load(String key) {
        Path file = folder.resolve(key + ".run");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != FORMAT) {
                return Optional.empty();
            }
            int planned = in.readInt();
            int divergedAt = in.readInt();
            int n = in.readInt();
            double[][] series = new double[4][];
            for (int s = 0; s < 4; s++) {
                series[s] = readDoubles(in, n);
            }
            TrainingHistory history = new TrainingHistory(series[0], series[1], series[2], series[3], planned, divergedAt);
            List<DiagnosticsSnapshot> diagnostics = new ArrayList<>();
            for (int count = in.readInt(); diagnostics.size() < count; ) {
                int iteration = in.readInt();
                int trainPositives = in.readInt();
                int validationPositives = in.readInt();
                List<LayerDiagnostics> layers = new ArrayList<>();
                for (int layerCount = in.readInt(); layers.size() < layerCount; ) {
                    double[] v = readDoubles(in, 10);
                    layers.add(new LayerDiagnostics(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9]));
                }
                diagnostics.add(new DiagnosticsSnapshot(iteration, layers, trainPositives, validationPositives));
            }
            Optional<TestPredictions> test = Optional.empty();
            if (in.readBoolean()) {
                int iteration = in.readInt();
                int samples = in.readInt();
                test = Optional.of(new TestPredictions(iteration, readDoubles(in, samples), readDoubles(in, samples)));
            }
            return Optional.of(new RunRecord(history, diagnostics, test));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Stores a record; written to a temporary file first, so a reader never sees half a file. */
    public void store(String key, RunRecord record) {
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, key, ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
                TrainingHistory history = record.history();
                out.writeInt(FORMAT);
                out.writeInt(history.plannedIterations());
                out.writeInt(history.divergedAt());
                out.writeInt(history.iterations());
                for (double[] s : new double[][] {history.trainLoss(), history.trainAccuracy(), history.validationLoss(),
                        history.validationAccuracy()}) {
                    writeDoubles(out, s);
                }
                out.writeInt(record.diagnostics().size());
                for (DiagnosticsSnapshot snapshot : record.diagnostics()) {
                    out.writeInt(snapshot.iteration());
                    out.writeInt(snapshot.trainPositivePredictions());
                    out.writeInt(snapshot.validationPositivePredictions());
                    out.writeInt(snapshot.layers().size());
                    for (LayerDiagnostics d : snapshot.layers()) {
                        writeDoubles(out, new double[] {d.preActivationMean(), d.preActivationSd(), d.activationMean(),
                                d.activationSd(), d.deadFraction(), d.unitSpread(), d.weightNorm(), d.weightGradientNorm(),
                                d.backpropagatedGradientNorm(), d.updateRatio()});
                    }
                }
                out.writeBoolean(record.test().isPresent());
                if (record.test().isPresent()) {
                    TestPredictions test = record.test().get();
                    out.writeInt(test.iteration());
                    out.writeInt(test.logits().length);
                    writeDoubles(out, test.logits());
                    writeDoubles(out, test.labels());
                }
            }
            try {
                Files.move(temporary, folder.resolve(key + ".run"), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, folder.resolve(key + ".run"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the results cache in " + folder, e);
        }
    }

    private static double[] readDoubles(DataInputStream in, int n) throws IOException {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = in.readDouble();
        }
        return values;
    }

    private static void writeDoubles(DataOutputStream out, double[] values) throws IOException {
        for (double v : values) {
            out.writeDouble(v);
        }
    }

    private static void update(MessageDigest digest, long value) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            digest.update((byte) (value >>> shift));
        }
    }
}
