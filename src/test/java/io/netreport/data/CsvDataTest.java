package io.netreport.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netreport.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading CSV files into labeled data sets: the dialects people have, and every bad input. */
class CsvDataTest {

    @TempDir
    Path dir;

    @Test
    void readsBomCrlfQuotesAndASemicolonDelimiter() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String text = "\"a\";\"b; c\";label\r\n1.5;\"2\";yes\r\n\r\n-3;4e2;\"no\"\r\n";
        Path file = dir.resolve("d.csv");
        Files.write(file, concat(bom, text.getBytes(StandardCharsets.UTF_8)));

        LabeledTable table = LabeledTable.parse(CsvReader.read(file, ';'), "label", "yes", false);

        assertEquals(List.of("a", "b; c"), table.dataset().featureNames());
        assertArrayEquals(new double[] {1.5, 2, -3, 400}, table.dataset().x());
        assertArrayEquals(new double[] {1, 0}, table.dataset().y());
        assertEquals(List.of("yes", "no"), table.labelValues());
    }

    @Test
    void dropsRowsWithMissingValuesWhenAsked() throws IOException {
        Path file = write("a,b,y\n1,2,p\n,3,n\n4,NA,p\n5,?,n\n6,7,n\n8,9,\n");

        LabeledTable table = LabeledTable.parse(CsvReader.read(file, ','), "y", "p", true);

        assertEquals(2, table.dataset().rows());
        assertEquals(4, table.droppedRows());
        assertArrayEquals(new double[] {1, 2, 6, 7}, table.dataset().x());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty file            | ''                              | : the file is empty
            header only           | 'a,b,y\\n'                      | : the file has a header row but no data rows
            duplicate column      | 'a,b,a,y\\n1,2,3,p\\n'          | , line 1: duplicate column name 'a' (columns 1 and 3)
            too few cells         | 'a,b,y\\n1,2,p\\n3,n\\n'         | , line 3: expected 3 cells (one per column), found 2
            too many cells        | 'a,b,y\\n1,2,p\\n3,4,5,n\\n'     | , line 3: expected 3 cells (one per column), found 4
            not a number          | 'a,b,y\\n1,2,p\\n3,abc,n\\n'     | , line 3, column 'b': 'abc' is not a number
            empty cell            | 'a,b,y\\n1,2,p\\n3,,n\\n'        | , line 3, column 'b': missing value (''); fill it in, or set data.missing: drop
            NA cell               | 'a,b,y\\n1,NA,p\\n3,4,n\\n'      | , line 2, column 'b': missing value ('NA')
            question mark         | 'a,b,y\\n1,2,p\\n?,4,n\\n'       | , line 3, column 'a': missing value ('?')
            no label column       | 'a,b,z\\n1,2,p\\n3,4,n\\n'       | , line 1: no label column 'y'; the columns are a, b, z
            one label value       | 'a,b,y\\n1,2,p\\n3,4,p\\n'       | , column 'y': a binary label needs exactly two distinct values, found 1 ('p')
            three label values    | 'a,b,y\\n1,2,p\\n3,4,n\\n5,6,q\\n' | , column 'y': a binary label needs exactly two distinct values, found 3 ('p', 'n', 'q')
            positive never occurs | 'a,b,y\\n1,2,n\\n3,4,m\\n'       | , column 'y': the positive value 'p' never occurs; the values are 'n', 'm'
            infinite value        | 'a,b,y\\n1,2,p\\n3,Infinity,n\\n' | , line 3, column 'b': 'Infinity' is not a finite number
            """)
    void rejectsBadFilesNamingThePlace(String name, String content, String expected) throws IOException {
        Path file = write(content.replace("\\n", "\n"));

        InputException e = assertThrows(InputException.class,
                () -> LabeledTable.parse(CsvReader.read(file, ','), "y", "p", false));

        assertEquals(file + expected, e.getMessage().substring(0, Math.min(e.getMessage().length(), (file + expected).length())),
                e.getMessage());
        assertEquals(-1, e.getMessage().indexOf('\n'));
    }

    @Test
    void aMissingFileIsNamed() {
        InputException e = assertThrows(InputException.class, () -> CsvReader.read(dir.resolve("none.csv"), ','));

        assertEquals(dir.resolve("none.csv") + ": data file not found", e.getMessage());
    }

    @Test
    void valuesTooLargeToStandardizeNameTheColumn() throws IOException {
        Path file = write("a,big,y\n1,1e308,p\n2,1e308,n\n3,-1e308,n\n");
        Dataset data = LabeledTable.parse(CsvReader.read(file, ','), "y", "p", false).dataset();

        InputException e = assertThrows(InputException.class, () -> Standardizer.fit(data, file.toString()));

        assertTrue(e.getMessage().startsWith(file + ", column 'big': values too large to standardize"), e.getMessage());
    }

    @Test
    void standardizesWithTheTrainPartsPopulationStatistics() {
        Dataset train = new Dataset(List.of("a", "constant"), new double[] {1, 5, 2, 5, 3, 5, 6, 5}, new double[] {0, 1, 0, 1});
        Dataset other = new Dataset(List.of("a", "constant"), new double[] {3, 7}, new double[] {1});

        Standardizer standardizer = Standardizer.fit(train, "train");

        // a: mean 3, population variance (4 + 1 + 0 + 9) / 4 = 3.5; the constant column keeps standard deviation 1
        assertArrayEquals(new double[] {3, 5}, standardizer.mean(), 1e-15);
        assertArrayEquals(new double[] {Math.sqrt(3.5), 1}, standardizer.std(), 1e-15);
        assertArrayEquals(new double[] {0, 2}, standardizer.apply(other).x(), 1e-15);
        assertArrayEquals(new double[] {-2 / Math.sqrt(3.5), 0}, new double[] {standardizer.apply(train).x()[0],
                standardizer.apply(train).x()[1]}, 1e-15);
    }

    private Path write(String content) throws IOException {
        Path file = dir.resolve("data.csv");
        Files.writeString(file, content);
        return file;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
