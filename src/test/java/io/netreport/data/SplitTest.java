package io.netreport.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netreport.config.SplitConfig;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SplitTest {

    private static final double[] LABELS = IntStream.range(0, 100).mapToDouble(i -> i % 4 == 0 ? 1 : 0).toArray();

    @Test
    void everyRowLandsInExactlyOnePartInFileOrder() {
        Split split = Split.of(LABELS, new SplitConfig(0.6, 0.2, 0.2, true, 42L));

        int[] all = IntStream.concat(IntStream.concat(Arrays.stream(split.train()), Arrays.stream(split.validation())),
                Arrays.stream(split.test())).sorted().toArray();
        assertArrayEquals(IntStream.range(0, 100).toArray(), all);
        assertTrue(isSorted(split.train()) && isSorted(split.validation()) && isSorted(split.test()));
    }

    @Test
    void stratificationKeepsTheClassProportions() {
        Split split = Split.of(LABELS, new SplitConfig(0.6, 0.2, 0.2, true, 42L));

        // 25 positives and 75 negatives: 15 + 45 train, 5 + 15 validation, 5 + 15 test
        assertEquals(60, split.train().length);
        assertEquals(15, positives(split.train()));
        assertEquals(5, positives(split.validation()));
        assertEquals(5, positives(split.test()));
    }

    @Test
    void theSameSeedGivesTheSameSplitAndAnotherSeedAnother() {
        SplitConfig config = new SplitConfig(0.6, 0.2, 0.2, true, 42L);

        assertArrayEquals(Split.of(LABELS, config).train(), Split.of(LABELS, config).train());
        assertTrue(!Arrays.equals(Split.of(LABELS, config).train(), Split.of(LABELS, new SplitConfig(0.6, 0.2, 0.2, true, 43L)).train()));
    }

    @Test
    void withoutATestFractionValidationTakesTheRest() {
        Split split = Split.of(LABELS, new SplitConfig(0.7, 0.3, null, false, 1L));

        assertEquals(70, split.train().length);
        assertEquals(30, split.validation().length);
        assertEquals(0, split.test().length);
    }

    private static int positives(int[] rows) {
        return (int) Arrays.stream(rows).filter(i -> LABELS[i] == 1).count();
    }

    private static boolean isSorted(int[] rows) {
        return IntStream.range(1, rows.length).allMatch(i -> rows[i - 1] < rows[i]);
    }
}
