package io.netreport.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DownsamplerTest {

    @Test
    void keepsEveryPointOfAShortCurve() {
        double[] x = {1, 2, 3};

        assertArrayEquals(new int[] {0, 1, 2}, Downsampler.lttb(x, x, 300));
    }

    @Test
    void keepsTheEndsAndThePeaksOfALongCurve() {
        int n = 10_000;
        double[] x = IntStream.range(0, n).mapToDouble(i -> i).toArray();
        double[] y = new double[n];
        y[3_333] = 5;   // a spike the plot must still show
        y[7_777] = -4;

        int[] kept = Downsampler.lttb(x, y, 300);

        assertEquals(300, kept.length);
        assertEquals(0, kept[0]);
        assertEquals(n - 1, kept[kept.length - 1]);
        assertTrue(Arrays.stream(kept).anyMatch(i -> i == 3_333));
        assertTrue(Arrays.stream(kept).anyMatch(i -> i == 7_777));
        assertTrue(IntStream.range(1, kept.length).allMatch(i -> kept[i] > kept[i - 1]), "in order, no repeats");
    }
}
