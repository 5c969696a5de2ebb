package io.netreport.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netreport.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigLoaderTest {

    static final String VALID = """
            title: T
            data:
              file: d.csv
              label: y
              positive: "1"
              split: {train: 0.6, validation: 0.2, test: 0.2, seed: 7}
            training:
              learning_rate: 0.05
              iterations: 200
              report_interval: 50
              seed: 3
            networks:
              - name: small
                hidden: []
              - name: deep
                hidden: [4, 2]
            initializations: [zero, he]
            comparisons:
              - baseline: zero
                challenger: he
            """;

    @TempDir
    Path dir;

    @Test
    void readsEveryKey() throws IOException {
        ReportConfig config = load(VALID).config();

        assertEquals("T", config.title());
        assertEquals("", config.description());
        assertEquals("d.csv", config.data().file());
        assertEquals(0.2, config.data().split().test());
        assertEquals(7L, config.data().split().seed());
        assertTrue(config.data().split().stratify());
        assertEquals(',', config.data().delimiterChar());
        assertEquals(MissingValues.FAIL, config.data().missing());
        assertEquals(new TrainingConfig(0.05, 200, 50, 3L), config.training());
        assertEquals(List.of(new NetworkSpec("small", List.of()), new NetworkSpec("deep", List.of(4, 2))), config.networks());
        assertEquals(4, config.networks().get(1).depth());
        assertEquals(List.of(Initialization.ZERO, Initialization.HE), config.initializations());
        assertEquals(List.of(new ComparisonSpec(Initialization.ZERO, Initialization.HE)), config.comparisons());
    }

    @Test
    void appliesTheDocumentedDefaults() throws IOException {
        ReportConfig config = load(VALID.replaceAll("(?s)training:.*?seed: 3\n", "")).config();

        assertEquals(new TrainingConfig(0.1, 1000, 100, 1L), config.training());
    }

    @Test
    void resolvesDataFilesAgainstTheConfigsFolder() throws IOException {
        ConfigFile file = load(VALID);

        assertEquals(dir.resolve("d.csv"), file.resolve("d.csv"));
        assertEquals(64, file.sha256().length());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            learning rate zero      | 'learning_rate: 0.05' | 'learning_rate: 0'          | training.learning_rate: must be a positive finite number, found 0.0
            learning rate negative  | 'learning_rate: 0.05' | 'learning_rate: -0.5'      | training.learning_rate: must be a positive finite number, found -0.5
            learning rate overflow  | 'learning_rate: 0.05' | 'learning_rate: 1e400'     | training.learning_rate: must be a positive finite number, found Infinity
            iterations zero         | 'iterations: 200'     | 'iterations: 0'            | line 9, column 15: training.iterations: must be at least 1, found 0
            interval zero           | 'report_interval: 50' | 'report_interval: 0'       | training.report_interval: must be between 1 and iterations (200), found 0
            interval too large      | 'report_interval: 50' | 'report_interval: 500'     | training.report_interval: must be between 1 and iterations (200), found 500
            hidden size zero        | 'hidden: [4, 2]'      | 'hidden: [4, 0]'           | networks[1].hidden[1]: a hidden layer size must be at least 1, found 0
            duplicate names         | 'name: deep'          | 'name: small'              | networks[1].name: duplicate network name 'small'
            unknown initialization  | '[zero, he]'          | '[zero, kaiming]'          | initializations[1]: unknown initialization 'kaiming'; valid ones are zero, random, xavier, he
            comparison not run      | 'challenger: he'      | 'challenger: xavier'       | comparisons[0].challenger: 'xavier' is not among the initializations that are run (zero, he)
            negative fraction       | 'test: 0.2, seed'     | 'test: -0.2, seed'         | data.split.test: must be a fraction between 0 and 1, found -0.2
            fractions not summing   | 'test: 0.2, seed'     | 'test: 0.3, seed'          | data.split.train: train, validation and test must sum to 1
            wrong type              | 'iterations: 200'     | 'iterations: many'         | training.iterations: expected a whole number, found 'many'
            fraction as whole       | 'iterations: 200'     | 'iterations: 2.5'          | training.iterations: expected a whole number, found '2.5'
            misspelt label          | '  label: y'          | '  labels: y'              | line 4, column 3: unknown key 'data.labels' (did you mean 'label'?)
            unknown key             | 'learning_rate: 0.05' | 'learning_rat: 0.05'       | line 8, column 3: unknown key 'training.learning_rat' (did you mean 'learning_rate'?)
            unknown nested key      | 'hidden: [4, 2]'      | 'hidden: [4, 2]\n    width: 3' | line 17, column 5: unknown key 'networks[1].width'
            bad delimiter           | 'positive: "1"'       | 'positive: "1"\n  delimiter: ";;"' | data.delimiter: must be one character
            """)
    void rejectsBadValuesNamingTheKey(String name, String from, String to, String expected) throws IOException {
        String yaml = VALID.replace(from, to.replace("\\n", "\n"));
        assertTrue(!yaml.equals(VALID), "the replacement must change the config");

        InputException e = assertThrows(InputException.class, () -> load(yaml));

        assertTrue(e.getMessage().contains(expected), () -> "message: " + e.getMessage());
        assertTrue(e.getMessage().startsWith(dir.resolve("report.yaml").toString()), e.getMessage());
        assertEquals(-1, e.getMessage().indexOf('\n'), "one line");
    }

    @Test
    void aMissingRequiredKeyIsNamedWithItsSection() {
        InputException e = assertThrows(InputException.class, () -> load(VALID.replace("  positive: \"1\"\n", "")));

        assertTrue(e.getMessage().contains("report.yaml, line 3, column 3: data.positive: missing required key"), e.getMessage());
    }

    @Test
    void noNetworksIsAnError() {
        String yaml = VALID.replaceAll("(?s)networks:.*?initializations", "networks: []\ninitializations");

        InputException e = assertThrows(InputException.class, () -> load(yaml));

        assertTrue(e.getMessage().contains("networks: at least one network is needed, found none"), e.getMessage());
    }

    @Test
    void invalidYamlGivesLineAndColumn() {
        InputException e = assertThrows(InputException.class, () -> load("title: 'unterminated\ndata: x\n"));

        assertTrue(e.getMessage().matches(".*report\\.yaml, line \\d+, column \\d+: not valid YAML: .*"), e.getMessage());
    }

    @Test
    void unknownKeysListTheValidOnes() {
        InputException e = assertThrows(InputException.class, () -> load("colour: red\n" + VALID));

        assertTrue(e.getMessage().contains("line 1, column 1"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown key 'colour'"), e.getMessage());
        assertTrue(e.getMessage().contains("valid keys here are charts, comparisons, data, description"), e.getMessage());
    }

    @Test
    void aMissingFileIsNamed() {
        InputException e = assertThrows(InputException.class, () -> new ConfigLoader().load(dir.resolve("nope.yaml")));

        assertEquals(dir.resolve("nope.yaml") + ": config file not found (give an existing YAML file with --config)", e.getMessage());
    }

    @Test
    void anEmptyFileIsAnError() {
        InputException e = assertThrows(InputException.class, () -> load(""));

        assertTrue(e.getMessage().contains("the config file is empty"), e.getMessage());
    }

    @Test
    void explicitFilesAndASplitAreExclusive() {
        String yaml = VALID.replace("  file: d.csv\n", "  file: d.csv\n  files: {train: a.csv, validation: b.csv}\n");

        InputException e = assertThrows(InputException.class, () -> load(yaml));

        assertTrue(e.getMessage().contains("data.files: give either 'file' (with 'split') or 'files', not both"), e.getMessage());
    }

    private ConfigFile load(String yaml) throws IOException {
        Path file = dir.resolve("report.yaml");
        Files.writeString(file, yaml);
        return new ConfigLoader().load(file);
    }
}
