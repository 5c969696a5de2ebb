package io.netreport.data;

import io.netreport.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A CSV table turned into numeric features and a binary label, with the rows that had missing
 * values either rejected or dropped.
 *
 * @param dataset     the parsed samples
 * @param labelValues the label's two values, positive first
 * @param droppedRows rows left out because of missing values
 * @param sha256      digest of the file's bytes
 */
public record LabeledTable(Dataset dataset, List<String> labelValues, int droppedRows, String sha256) {

    private static final Set<String> MISSING = Set.of("", "na", "n/a", "?", "nan", "null");

    public LabeledTable {
        labelValues = List.copyOf(labelValues);
    }

    /**
     * Parses the table.
     *
     * @param dropMissing leave out rows with a missing value instead of failing
     */
    public static LabeledTable parse(CsvTable table, String label, String positive, boolean dropMissing) {
        Path file = table.file();
        List<String> header = table.header();
        int labelColumn = header.indexOf(label);
        if (labelColumn < 0) {
            throw new InputException(file + ", line 1: no label column '" + label + "'; the columns are "
                    + String.join(", ", header));
        }
        if (header.size() < 2) {
            throw new InputException(file + ", line 1: only the label column '" + label + "'; at least one feature column is needed");
        }
        List<String> features = new ArrayList<>(header);
        features.remove(labelColumn);
        int n = features.size();
        List<double[]> xs = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        int dropped = 0;
        for (CsvTable.Row row : table.rows()) {
            List<String> cells = row.cells();
            if (cells.size() != header.size()) {
                throw new InputException(file + ", line " + row.line() + ": expected " + header.size() + " cells (one per column), found "
                        + cells.size());
            }
            double[] values = new double[n];
            boolean missing = false;
            for (int c = 0, f = 0; c < cells.size(); c++) {
                String cell = cells.get(c).strip();
                if (c == labelColumn) {
                    missing |= isMissing(cell);
                    if (isMissing(cell) && !dropMissing) {
                        throw missingValue(file, row.line(), header.get(c), cell);
                    }
                    continue;
                }
                if (isMissing(cell)) {
                    if (!dropMissing) {
                        throw missingValue(file, row.line(), header.get(c), cell);
                    }
                    missing = true;
                } else {
                    values[f] = parseNumber(file, row.line(), header.get(c), cell);
                }
                f++;
            }
            if (missing) {
                dropped++;
                continue;
            }
            xs.add(values);
            labels.add(cells.get(labelColumn).strip());
        }
        if (xs.isEmpty()) {
            throw new InputException(file + ": every one of the " + table.rows().size() + " data rows has a missing value; no rows are left");
        }
        List<String> classes = twoClasses(file, label, positive, labels);
        return new LabeledTable(toDataset(features, xs, labels, positive), classes, dropped, table.sha256());
    }

    private static boolean isMissing(String cell) {
        return MISSING.contains(cell.toLowerCase(Locale.ROOT));
    }

    private static InputException missingValue(Path file, long line, String column, String cell) {
        return new InputException(file + ", line " + line + ", column '" + column + "': missing value ('" + cell
                + "'); fill it in, or set data.missing: drop to leave such rows out");
    }

    private static double parseNumber(Path file, long line, String column, String cell) {
        double value;
        try {
            value = Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw new InputException(file + ", line " + line + ", column '" + column + "': '" + cell
                    + "' is not a number; feature values must be numbers such as 3 or -0.25");
        }
        if (!Double.isFinite(value)) {
            throw new InputException(file + ", line " + line + ", column '" + column + "': '" + cell
                    + "' is not a finite number");
        }
        return value;
    }

    private static List<String> twoClasses(Path file, String label, String positive, List<String> labels) {
        Set<String> distinct = new LinkedHashSet<>(labels);
        if (distinct.size() != 2) {
            throw new InputException(file + ", column '" + label + "': a binary label needs exactly two distinct values, found "
                    + distinct.size() + " (" + preview(distinct) + ")");
        }
        if (!distinct.contains(positive)) {
            throw new InputException(file + ", column '" + label + "': the positive value '" + positive
                    + "' never occurs; the values are " + preview(distinct));
        }
        String negative = distinct.stream().filter(v -> !v.equals(positive)).findFirst().orElseThrow();
        return List.of(positive, negative);
    }

    private static String preview(Set<String> values) {
        List<String> quoted = values.stream().limit(6).map(v -> "'" + v + "'").toList();
        return String.join(", ", quoted) + (values.size() > 6 ? ", ..." : "");
    }

    private static Dataset toDataset(List<String> features, List<double[]> xs, List<String> labels, String positive) {
        int n = features.size();
        double[] x = new double[xs.size() * n];
        double[] y = new double[xs.size()];
        for (int i = 0; i < xs.size(); i++) {
            System.arraycopy(xs.get(i), 0, x, i * n, n);
            y[i] = labels.get(i).equals(positive) ? 1.0 : 0.0;
        }
        return new Dataset(features, x, y);
    }
}
