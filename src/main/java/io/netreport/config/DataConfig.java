package io.netreport.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where the data comes from and how to read it. Exactly one of {@code file} (with a {@code split})
 * and {@code files} is given.
 *
 * @param file      one CSV file to split, relative to the config file
 * @param split     how to split {@code file}
 * @param files     explicit train / validation / test files instead of a split
 * @param label     the label column
 * @param positive  the label value that counts as the positive class
 * @param delimiter the field separator, one character (default {@code ,})
 * @param missing   what to do with rows that have missing values: {@code fail} (default) or {@code drop}
 */
public record DataConfig(
        @JsonProperty("file") String file,
        @JsonProperty("split") SplitConfig split,
        @JsonProperty("files") SplitFiles files,
        @JsonProperty("label") String label,
        @JsonProperty("positive") String positive,
        @JsonProperty("delimiter") String delimiter,
        @JsonProperty("missing") MissingValues missing) {

    public DataConfig {
        InvalidConfigException.require("label", label);
        InvalidConfigException.require("positive", positive);
        if (file == null && files == null) {
            throw new InvalidConfigException("file", "missing required key: give either 'file' (with 'split') or 'files'");
        }
        if (file != null && files != null) {
            throw new InvalidConfigException("files", "give either 'file' (with 'split') or 'files', not both");
        }
        if (file != null && split == null) {
            throw new InvalidConfigException("split", "missing required key: 'file' needs a 'split' with train and validation fractions");
        }
        if (files != null && split != null) {
            throw new InvalidConfigException("split", "'split' only applies to 'file'; with 'files' the parts are given");
        }
        delimiter = delimiter == null ? "," : delimiter;
        if (delimiter.length() != 1 || delimiter.equals("\"") || delimiter.equals("\n") || delimiter.equals("\r")) {
            throw new InvalidConfigException("delimiter", "must be one character other than a quote or line end, found '" + delimiter + "'");
        }
        missing = missing == null ? MissingValues.FAIL : missing;
    }

    public char delimiterChar() {
        return delimiter.charAt(0);
    }
}
