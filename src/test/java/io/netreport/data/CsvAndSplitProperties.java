package io.netreport.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netreport.config.SplitConfig;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/** Properties of the CSV loader and the split, over generated tables and labels. */
class CsvAndSplitProperties {

    /** A table with its labels, and how it is written: delimiter, line end, BOM, quoting. */
    record Table(List<String> names, double[][] values, boolean[] positive, char delimiter, String lineEnd, boolean bom,
                 boolean quoteAll) {
    }

    @Property(tries = 150)
    void everyWrittenValueIsReadBackInOrder(@ForAll("tables") Table table) throws IOException {
        Path file = Files.createTempFile("netreport-property", ".csv");
        try {
            Files.write(file, bytes(table));

            LabeledTable read = LabeledTable.parse(CsvReader.read(file, table.delimiter()), "label", "yes", false);

            assertEquals(table.names(), read.dataset().featureNames());
            int n = table.names().size();
            for (int i = 0; i < table.values().length; i++) {
                for (int f = 0; f < n; f++) {
                    assertEquals(table.values()[i][f], read.dataset().value(i, f));
                }
                assertEquals(table.positive()[i] ? 1.0 : 0.0, read.dataset().y()[i]);
            }
        } finally {
            Files.delete(file);
        }
    }

    @Property(tries = 300)
    void aSplitLosesAndDuplicatesNoRowAndKeepsClassProportions(
            @ForAll("labels") double[] labels, @ForAll @DoubleRange(min = 0.3, max = 0.7) double train,
            @ForAll @DoubleRange(min = 0.05, max = 0.25) double test, @ForAll long seed) {
        double validation = 1 - train - test;
        SplitConfig config = new SplitConfig(train, validation, test, true, seed);

        Split split = Split.of(labels, config);

        int[] all = IntStream.concat(IntStream.concat(Arrays.stream(split.train()), Arrays.stream(split.validation())),
                Arrays.stream(split.test())).sorted().toArray();
        assertArrayEquals(IntStream.range(0, labels.length).toArray(), all, "every row exactly once");
        for (double label : new double[] {0, 1}) {
            long inClass = Arrays.stream(labels).filter(v -> v == label).count();
            assertWithinOneRow(split.train(), labels, label, train * inClass);
            assertWithinOneRow(split.validation(), labels, label, validation * inClass);
            assertWithinOneRow(split.test(), labels, label, test * inClass);
        }
        assertArrayEquals(split.validation(), Split.of(labels, config).validation(), "same seed, same split");
    }

    private static void assertWithinOneRow(int[] part, double[] labels, double label, double expected) {
        long count = Arrays.stream(part).filter(i -> labels[i] == label).count();
        assertTrue(Math.abs(count - expected) <= 1.0, "class " + label + ": " + count + " rows, expected about " + expected);
    }

    @Provide
    Arbitrary<double[]> labels() {
        return Arbitraries.integers().between(10, 400).flatMap(n -> Arbitraries.integers().between(1, n - 1)
                .flatMap(positives -> Arbitraries.randoms().map(random -> {
                    List<Double> values = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        values.add(i < positives ? 1.0 : 0.0);
                    }
                    java.util.Collections.shuffle(values, random);
                    return values.stream().mapToDouble(Double::doubleValue).toArray();
                })));
    }

    @Provide
    Arbitrary<Table> tables() {
        Arbitrary<Integer> columns = Arbitraries.integers().between(1, 5);
        Arbitrary<Integer> rows = Arbitraries.integers().between(2, 25);
        return Combinators.combine(columns, rows).flatAs((c, r) -> Combinators.combine(
                        names(c),
                        Arbitraries.doubles().between(-1e12, 1e12).ofScale(6).array(double[].class).ofSize(c).array(double[][].class).ofSize(r),
                        Arbitraries.of(true, false).array(boolean[].class).ofSize(r),
                        Arbitraries.of(',', ';', '\t', '|'),
                        Arbitraries.of("\n", "\r\n"),
                        Arbitraries.of(true, false),
                        Arbitraries.of(true, false))
                .as(Table::new))
                .filter(t -> hasBothClasses(t.positive()));
    }

    private static Arbitrary<List<String>> names(int count) {
        Arbitrary<String> name = Arbitraries.strings().withChars("abcxyz_ ,;\"|é").ofMinLength(1).ofMaxLength(8)
                .map(String::strip).filter(s -> !s.isEmpty() && !s.equals("label"));
        return name.list().ofSize(count).uniqueElements();
    }

    private static boolean hasBothClasses(boolean[] positive) {
        boolean any = false;
        boolean all = true;
        for (boolean p : positive) {
            any |= p;
            all &= p;
        }
        return any && !all;
    }

    private static byte[] bytes(Table table) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(table.delimiter()).setRecordSeparator(table.lineEnd())
                .setQuoteMode(table.quoteAll() ? QuoteMode.ALL : QuoteMode.MINIMAL).get();
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, format)) {
            List<String> header = new ArrayList<>(table.names());
            header.add("label");
            printer.printRecord(header);
            for (int i = 0; i < table.values().length; i++) {
                List<String> cells = new ArrayList<>();
                for (double v : table.values()[i]) {
                    cells.add(Double.toString(v));
                }
                cells.add(table.positive()[i] ? "yes" : "no");
                printer.printRecord(cells);
            }
        }
        return ((table.bom() ? "\uFEFF" : "") + text).getBytes(StandardCharsets.UTF_8);
    }
}
