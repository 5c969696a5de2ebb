package io.netreport.data;

import java.util.List;
import java.util.Optional;

/**
 * What the report says about the data: where it came from, its size, class balance and split.
 *
 * @param files         the CSV files read, as named in the config
 * @param sha256        digest of the files' bytes, in order
 * @param label         the label column
 * @param positive      the positive label value
 * @param negative      the other label value
 * @param featureNames  the feature columns
 * @param rows          rows used, over all parts
 * @param droppedRows   rows left out for missing values
 * @param parts         train, validation and (if any) test
 */
public record DataSummary(List<String> files, String sha256, String label, String positive, String negative,
                          List<String> featureNames, int rows, int droppedRows, List<PartSummary> parts) {

    public DataSummary {
        files = List.copyOf(files);
        featureNames = List.copyOf(featureNames);
        parts = List.copyOf(parts);
    }

    public int positives() {
        return parts.stream().mapToInt(PartSummary::positives).sum();
    }

    /** The part of this name: train, validation or test. */
    public Optional<PartSummary> part(String name) {
        return parts.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
