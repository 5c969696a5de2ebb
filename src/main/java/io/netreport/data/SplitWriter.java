package io.netreport.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the parts of a split as CSV files (features, then the label), so other tools, such as the
 * numpy peer, can train on exactly the same rows.
 */
public final class SplitWriter {

    private SplitWriter() {
    }

    /** Writes {@code train.csv}, {@code validation.csv} and, if present, {@code test.csv}; returns their paths. */
    public static List<Path> write(PreparedData raw, Path folder) {
        DataSummary summary = raw.summary();
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            written.add(write(raw.train(), summary, folder.resolve("train.csv")));
            written.add(write(raw.validation(), summary, folder.resolve("validation.csv")));
            if (raw.test().isPresent()) {
                written.add(write(raw.test().get(), summary, folder.resolve("test.csv")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the split to " + folder, e);
        }
        return written;
    }

    private static Path write(Dataset data, DataSummary summary, Path file) throws IOException {
        List<String> header = new ArrayList<>(data.featureNames());
        header.add(summary.label());
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, format)) {
            printer.printRecord(header);
            List<String> cells = new ArrayList<>(header.size());
            for (int i = 0; i < data.rows(); i++) {
                cells.clear();
                for (int f = 0; f < data.features(); f++) {
                    cells.add(Double.toString(data.value(i, f)));
                }
                cells.add(data.y()[i] == 1.0 ? summary.positive() : summary.negative());
                printer.printRecord(cells);
            }
        }
        return file;
    }
}
