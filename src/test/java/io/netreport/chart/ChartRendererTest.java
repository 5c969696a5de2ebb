package io.netreport.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netreport.config.Initialization;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class ChartRendererTest {

    private static ChartSpec chart(int points) {
        double[] x = IntStream.range(0, points).mapToDouble(i -> i + 1).toArray();
        double[] y = IntStream.range(0, points).mapToDouble(i -> Math.exp(-i / 300.0)).toArray();
        double[] z = IntStream.range(0, points).mapToDouble(i -> 0.9 * Math.exp(-i / 200.0) + 0.01 * Math.sin(i)).toArray();
        return new ChartSpec("Loss <of> \"run\" & co", "Iteration", "Loss",
                List.of(new Series("train", x, y, Palette.of(Initialization.HE)), new Series("validation", x, z, Palette.of(Initialization.ZERO))));
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

    @Test
    void markersCarryTheirTooltipAsAnSvgTitleAtTheirPoint() throws Exception {
        double[] x = {1, 2, 3, 4};
        double[] y = {0.8, 0.4, 0.6, 0.7};
        ChartSpec spec = new ChartSpec("t", "x", "y", List.of(new Series("s", x, y, Palette.of(Initialization.HE))), List.of(),
                List.of(new Marker(2, 0.4, Palette.of(Initialization.HE), "Minimum <loss>: 0.4 at iteration 2")), false, 0);

        String svg = new ChartRenderer().svg(spec, "m");

        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertTrue(svg.contains("<g class='marker'><title>Minimum &lt;loss&gt;: 0.4 at iteration 2</title><circle "), svg);
        Matcher circle = Pattern.compile("<circle cx='([0-9.]+)' cy='([0-9.]+)'").matcher(svg);
        assertTrue(circle.find());
        double cx = Double.parseDouble(circle.group(1));
        double cy = Double.parseDouble(circle.group(2));
        assertTrue(cx > 0 && cx < ChartRenderer.WIDTH / 2.0, "x = 2 of 1..4 lies in the left half: " + cx);
        assertTrue(cy > ChartRenderer.HEIGHT / 2.0, "the lowest value lies in the lower half: " + cy);
    }

    @Test
    void smoothingIsAnExponentialMovingAverageStartingAtTheFirstValue() {
        assertArrayEquals(new double[] {1, 0.5, 0.75}, ChartRenderer.ema(new double[] {1, 0, 1}, 0.5), 1e-15);
    }

    @Test
    void aLogarithmicAxisOrBandsOrSmoothingStillGiveWellFormedDeterministicSvg() throws Exception {
        double[] x = IntStream.range(0, 500).mapToDouble(i -> i + 1).toArray();
        double[] y = IntStream.range(0, 500).mapToDouble(i -> 0.3 + Math.exp(-i / 50.0)).toArray();
        double[] lower = Arrays.stream(y).map(v -> v * 0.9).toArray();
        double[] upper = Arrays.stream(y).map(v -> v * 1.1).toArray();
        ChartSpec spec = new ChartSpec("t", "x", "y", List.of(new Series("s", x, y, Palette.of(Initialization.XAVIER), LineStyle.DASHED)),
                List.of(new Band(x, lower, upper, Palette.of(Initialization.XAVIER))), List.of(), true, 0.9);

        String svg = new ChartRenderer().svg(spec, "b");

        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals(svg, new ChartRenderer().svg(spec, "b"));
        assertTrue(svg.contains("fill-opacity") || svg.contains("opacity"), "the band and the raw curve are translucent");
    }
}
