package io.netreport.train;

import io.netreport.Digests;
import io.netreport.data.Dataset;
import io.netreport.data.PreparedData;
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
import java.util.HexFormat;
import java.util.Optional;

/**
 * Recorded histories of finished runs, one file per run, under a key that hashes everything that
 * determines the history: the standardized train and validation values and labels (so the data
 * bytes, the split and the preprocessing), the hidden layer sizes, the initialization, the seed,
 * the learning rate, the iterations and {@link #TRAINING_CODE_VERSION}. Names, titles, report
 * intervals, comparisons and templates are not in the key: changing them retrains nothing.
 */
public final class RunCache {

    /** Raise whenever a change to the training code could change any recorded figure. */
    public static final String TRAINING_CODE_VERSION = "2";

    private static final int FORMAT = 1;

    private final Path folder;

    public RunCache(Path folder) {
        this.folder = folder;
    }

    /** The digest of the data a grid trains on, computed once per build and shared by its keys. */
    public static String fingerprint(PreparedData data) {
        MessageDigest digest = Digests.newSha256();
        for (Dataset part : new Dataset[] {data.train(), data.validation()}) {
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

    /** The stored history, or empty if there is none or it cannot be read (then it is trained again). */
    public Optional<TrainingHistory> load(String key) {
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
            double[][] series = new double[4][n];
            for (double[] s : series) {
                for (int i = 0; i < n; i++) {
                    s[i] = in.readDouble();
                }
            }
            return Optional.of(new TrainingHistory(series[0], series[1], series[2], series[3], planned, divergedAt));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Stores a history; written to a temporary file first, so a reader never sees half a file. */
    public void store(String key, TrainingHistory history) {
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, key, ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
                out.writeInt(FORMAT);
                out.writeInt(history.plannedIterations());
                out.writeInt(history.divergedAt());
                out.writeInt(history.iterations());
                for (double[] s : new double[][] {history.trainLoss(), history.trainAccuracy(), history.validationLoss(),
                        history.validationAccuracy()}) {
                    for (double v : s) {
                        out.writeDouble(v);
                    }
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

    private static void update(MessageDigest digest, long value) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            digest.update((byte) (value >>> shift));
        }
    }
}
