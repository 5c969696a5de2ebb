package io.netreport.data;

import io.netreport.Digests;
import io.netreport.InputException;
import io.netreport.config.ConfigFile;
import io.netreport.config.DataConfig;
import io.netreport.config.MissingValues;
import io.netreport.config.SplitFiles;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The data stage: reads the configured CSV file(s), splits them, checks every part can be trained
 * and evaluated on, and standardizes them with the train part's statistics.
 */
public final class DataLoader {

    private DataLoader() {
    }

    /** The parts with their raw values, as they are in the files. */
    public static PreparedData loadRaw(ConfigFile configFile) {
        DataConfig config = configFile.config().data();
        return config.file() != null ? splitOneFile(configFile, config) : readSeparateFiles(configFile, config);
    }

    /** The parts standardized with the train part's mean and standard deviation. */
    public static PreparedData load(ConfigFile configFile) {
        PreparedData raw = loadRaw(configFile);
        Standardizer standardizer = Standardizer.fit(raw.train(), trainSource(configFile));
        return new PreparedData(standardizer.apply(raw.train()), standardizer.apply(raw.validation()),
                raw.test().map(standardizer::apply), raw.summary());
    }

    private static PreparedData splitOneFile(ConfigFile configFile, DataConfig config) {
        LabeledTable table = read(configFile, config, config.file());
        Split split = Split.of(table.dataset().y(), config.split());
        String source = configFile.resolve(config.file()) + " (split with seed " + config.split().seed() + ")";
        Dataset train = checkedPart(source, "train", table.dataset().select(split.train()));
        Dataset validation = checkedPart(source, "validation", table.dataset().select(split.validation()));
        Optional<Dataset> test = config.split().hasTest()
                ? Optional.of(checkedPart(source, "test", table.dataset().select(split.test())))
                : Optional.empty();
        return withSummary(config, List.of(config.file()), List.of(table),
                table.labelValues(), train, validation, test);
    }

    private static PreparedData readSeparateFiles(ConfigFile configFile, DataConfig config) {
        SplitFiles files = config.files();
        LabeledTable train = read(configFile, config, files.train());
        LabeledTable validation = matching(configFile, config, files.validation(), train);
        Optional<LabeledTable> test = Optional.ofNullable(files.test()).map(f -> matching(configFile, config, f, train));
        List<LabeledTable> tables = new ArrayList<>(List.of(train, validation));
        test.ifPresent(tables::add);
        List<String> names = new ArrayList<>(List.of(files.train(), files.validation()));
        test.ifPresent(t -> names.add(files.test()));
        return withSummary(config, names, tables, train.labelValues(),
                checkedPart(configFile.resolve(files.train()).toString(), "train", train.dataset()),
                checkedPart(configFile.resolve(files.validation()).toString(), "validation", validation.dataset()),
                test.map(t -> checkedPart(configFile.resolve(files.test()).toString(), "test", t.dataset())));
    }

    private static LabeledTable read(ConfigFile configFile, DataConfig config, String file) {
        CsvTable csv = CsvReader.read(configFile.resolve(file), config.delimiterChar());
        return LabeledTable.parse(csv, config.label(), config.positive(), config.missing() == MissingValues.DROP);
    }

    private static LabeledTable matching(ConfigFile configFile, DataConfig config, String file, LabeledTable train) {
        LabeledTable table = read(configFile, config, file);
        if (!table.dataset().featureNames().equals(train.dataset().featureNames())) {
            throw new InputException(configFile.resolve(file) + ", line 1: the feature columns differ from the train file's ("
                    + String.join(", ", train.dataset().featureNames()) + ")");
        }
        if (!table.labelValues().equals(train.labelValues())) {
            throw new InputException(configFile.resolve(file) + ", column '" + config.label() + "': label values "
                    + table.labelValues() + " differ from the train file's " + train.labelValues());
        }
        return table;
    }

    private static Dataset checkedPart(String source, String part, Dataset data) {
        if (data.rows() == 0) {
            throw new InputException(source + ": the " + part + " part is empty; give it a larger fraction or use more rows");
        }
        int positives = data.positives();
        if (positives == 0 || positives == data.rows()) {
            throw new InputException(source + ": the " + part + " part has one class only (" + data.rows()
                    + " rows); it needs both classes, so give it a larger fraction or use more rows");
        }
        return data;
    }

    private static PreparedData withSummary(DataConfig config, List<String> files, List<LabeledTable> tables,
                                            List<String> labelValues, Dataset train, Dataset validation,
                                            Optional<Dataset> test) {
        List<PartSummary> parts = new ArrayList<>(List.of(PartSummary.of("train", train), PartSummary.of("validation", validation)));
        test.ifPresent(t -> parts.add(PartSummary.of("test", t)));
        int rows = parts.stream().mapToInt(PartSummary::rows).sum();
        int dropped = tables.stream().mapToInt(LabeledTable::droppedRows).sum();
        String digest = tables.size() == 1 ? tables.get(0).sha256()
                : Digests.sha256(String.join("\n", tables.stream().map(LabeledTable::sha256).toList()).getBytes(StandardCharsets.UTF_8));
        DataSummary summary = new DataSummary(files, digest, config.label(), labelValues.get(0), labelValues.get(1),
                train.featureNames(), rows, dropped, parts);
        return new PreparedData(train, validation, test, summary);
    }

    private static String trainSource(ConfigFile configFile) {
        DataConfig config = configFile.config().data();
        return configFile.resolve(config.file() != null ? config.file() : config.files().train()).toString();
    }
}
