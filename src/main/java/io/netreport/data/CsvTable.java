package io.netreport.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The cells of a CSV file as text, with the line each row starts on, so later errors can point at
 * the exact place. {@code sha256} is the digest of the file's bytes.
 */
public record CsvTable(Path file, String sha256, List<String> header, List<Row> rows) {

    /** One data row: the 1-based line it starts on and its cells. */
    public record Row(long line, List<String> cells) {
    }

    public CsvTable {
        Objects.requireNonNull(file, "file");
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
