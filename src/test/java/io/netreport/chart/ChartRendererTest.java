package io.netreport.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class ChartRendererTest {

    private static ChartSpec chart(int points) {
        double[] x = IntStream.range(0, points).mapToDouble(i -> i + 1).toArray();
        double[] y = IntStream.range(0, points).mapToDouble(i -> Math.exp(-i / 300.0)).toArray();
        double[] z = IntStream.range(0, points).mapToDouble(i -> 0.9 * Math.exp(-i / 200.0) + 0.01 * Math.sin(i)).toArray();
        return new ChartSpec("Loss <of> \"run\" & co", "Iteration", "Loss",
                List.of(new Series("train", x, y, Palette.TRAIN), new Series("validation", x, z, Palette.VALIDATION)));
    }

    @Test
    void theSameChartGivesTheSameBytes() {
        ChartRenderer renderer = new ChartRenderer();

        assertEquals(renderer.svg(chart(1000), "c"), new ChartRenderer().svg(chart(1000), "c"));
    }

    @Test
    void aLongCurveMakesAWellFormedSmallFileWithItsTitleEscaped() throws Exception {
        String svg = new ChartRenderer().svg(chart(20_000), "chart-1");

        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertTrue(svg.length() < 100_000, svg.length() + " bytes");
        assertTrue(svg.contains("<title>Loss &lt;of&gt; &quot;run&quot; &amp; co</title>"));
        assertFalse(svg.contains("<line "), "segments are merged into paths");
        assertTrue(svg.contains("id='chart-1'"));
    }

    @Test
    void mergesConsecutiveSegmentsOfOneStyleIntoOnePath() {
        String lines = "<g><line x1='0' y1='0' x2='1' y2='1' style='a'/><line x1='1' y1='1' x2='2' y2='0' style='a'/>"
                + "<line x1='5' y1='5' x2='6' y2='6' style='b'/></g>";

        assertEquals("<g><path d='M0,0L1,1L2,0' fill='none' style='a'/><path d='M5,5L6,6' fill='none' style='b'/></g>",
                SvgLineMerger.merge(lines));
    }
}
