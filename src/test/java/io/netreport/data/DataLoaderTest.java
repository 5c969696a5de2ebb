package io.netreport.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netreport.InputException;
import io.netreport.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataLoaderTest {

    @TempDir
    Path dir;

    @Test
    void aSplitThatLeavesAPartWithOneClassIsNamed() throws IOException {
        // 10 rows, 2 positives: a 0.05 test fraction keeps no positive in the test part
        write("d.csv", "a,y\n" + "1,p\n2,p\n" + "3,n\n".repeat(8));
        write("r.yaml", config("file: d.csv\n  split: {train: 0.6, validation: 0.35, test: 0.05}"));

        InputException e = assertThrows(InputException.class, () -> DataLoader.load(new ConfigLoader().load(dir.resolve("r.yaml"))));

        assertTrue(e.getMessage().startsWith(dir.resolve("d.csv") + " (split with seed 42): the test part"), e.getMessage());
        assertTrue(e.getMessage().contains("part is empty") || e.getMessage().contains("one class only"), e.getMessage());
    }

    @Test
    void separateFilesMustShareTheirColumns() throws IOException {
        write("t.csv", "a,b,y\n1,2,p\n3,4,n\n");
        write("v.csv", "a,c,y\n1,2,p\n3,4,n\n");
        write("r.yaml", config("files: {train: t.csv, validation: v.csv}"));

        InputException e = assertThrows(InputException.class, () -> DataLoader.load(new ConfigLoader().load(dir.resolve("r.yaml"))));

        assertEquals(dir.resolve("v.csv") + ", line 1: the feature columns differ from the train file's (a, b)", e.getMessage());
    }

    @Test
    void valuesThatOverflowStandardizationAreNamed() throws IOException {
        write("t.csv", "a,b,y\n1,1e308,p\n3,1e308,n\n");
        write("v.csv", "a,b,y\n1,2,p\n3,4,n\n");
        write("r.yaml", config("files: {train: t.csv, validation: v.csv}"));

        InputException e = assertThrows(InputException.class, () -> DataLoader.load(new ConfigLoader().load(dir.resolve("r.yaml"))));

        assertTrue(e.getMessage().startsWith(dir.resolve("t.csv") + ", column 'b': values too large to standardize"), e.getMessage());
    }

    @Test
    void summarizesTheParts() throws IOException {
        write("t.csv", "a,b,y\n1,2,p\n3,4,n\n5,6,n\n");
        write("v.csv", "a,b,y\n1,2,p\n3,4,n\n");
        write("r.yaml", config("files: {train: t.csv, validation: v.csv}"));

        DataSummary summary = DataLoader.load(new ConfigLoader().load(dir.resolve("r.yaml"))).summary();

        assertEquals(5, summary.rows());
        assertEquals(2, summary.positives());
        assertEquals("p", summary.positive());
        assertEquals("n", summary.negative());
        assertEquals(new PartSummary("train", 3, 1), summary.parts().get(0));
        assertEquals(2.0 / 3, summary.parts().get(0).majorityShare(), 1e-15);
    }

    @Test
    void theConstantPredictionLossIsTheEntropyOfTheClassBalance() {
        // one positive in four: -(1/4) ln(1/4) - (3/4) ln(3/4) = 0.5623351446...
        assertEquals(0.5623351446188083, new PartSummary("train", 4, 1).constantPredictionLoss(), 1e-15);
        assertEquals(Math.log(2), new PartSummary("train", 10, 5).constantPredictionLoss(), 1e-15);
        assertEquals(0.0, new PartSummary("train", 3, 0).constantPredictionLoss());
    }

    private static String config(String data) {
        return "title: t\ndata:\n  " + data + "\n  label: y\n  positive: p\nnetworks: [{name: n, hidden: []}]\ninitializations: [zero]\n";
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }
}
