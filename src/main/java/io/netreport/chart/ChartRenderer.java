package io.netreport.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws line charts with XChart onto a JFreeSVG canvas and returns the SVG text. The output depends
 * only on the {@link ChartSpec} and the id: element ids come from the id, coordinates are rounded
 * to one decimal without locale, text is drawn from the bundled DejaVu Sans font (so no system
 * font changes it), and per-segment lines are merged into paths.
 */
public final class ChartRenderer {

    /** Plot width in SVG units; curves longer than {@link #MAX_POINTS} are downsampled. */
    public static final int WIDTH = 640;
    public static final int HEIGHT = 400;
    /** More points than the plot has pixels across add bytes, not detail. */
    public static final int MAX_POINTS = 200;

    private static final Font BASE_FONT = loadFont();
    private static final Color INK = new Color(0x222222);
    private static final Color GRID = new Color(0xDDDDDD);

    /** Loads the font and the drawing classes ahead of the first chart. */
    public static void warmUp() {
        new ChartRenderer().svg(new ChartSpec("", "", "", List.of(new Series("", new double[] {0, 1}, new double[] {0, 1},
                Color.BLACK))), "warm-up");
    }

    /** The SVG document of a chart; {@code id} must be unique on the page that shows it. */
    public String svg(ChartSpec spec, String id) {
        XYChart chart = build(spec);
        SVGGraphics2D canvas = new SVGGraphics2D(WIDTH, HEIGHT);
        canvas.setDefsKeyPrefix(id + "-");
        canvas.setGeomDoubleConverter(ONE_DECIMAL);
        canvas.setTransformDoubleConverter(ONE_DECIMAL);
        chart.paint(canvas, WIDTH, HEIGHT);
        String element = canvas.getSVGElement(id, true, new ViewBox(0, 0, WIDTH, HEIGHT),
                PreserveAspectRatio.XMID_YMID, MeetOrSlice.MEET);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + withTitle(SvgLineMerger.merge(element), spec.title()) + "\n";
    }

    private static XYChart build(ChartSpec spec) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(spec.title())
                .xAxisTitle(spec.xAxisLabel()).yAxisTitle(spec.yAxisLabel()).build();
        style(chart.getStyler());
        // one curve needs no legend: the title names it
        chart.getStyler().setLegendVisible(spec.series().size() > 1);
        for (Series series : spec.series()) {
            int[] kept = Downsampler.lttb(series.x(), series.y(), MAX_POINTS);
            double[] x = new double[kept.length];
            double[] y = new double[kept.length];
            for (int i = 0; i < kept.length; i++) {
                x[i] = series.x()[kept[i]];
                y[i] = series.y()[kept[i]];
            }
            XYSeries line = chart.addSeries(series.name(), x, y);
            line.setMarker(SeriesMarkers.NONE);
            line.setLineColor(series.color());
            line.setLineStyle(new BasicStroke(1.75f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
        return chart;
    }

    private static void style(XYStyler styler) {
        styler.setLocale(Locale.ROOT);
        styler.setBaseFont(BASE_FONT.deriveFont(12f));
        styler.setChartTitleFont(BASE_FONT.deriveFont(15f));
        styler.setAxisTitleFont(BASE_FONT.deriveFont(12f));
        styler.setAxisTickLabelsFont(BASE_FONT.deriveFont(11f));
        styler.setLegendFont(BASE_FONT.deriveFont(11f));
        styler.setChartFontColor(INK);
        styler.setAxisTickLabelsColor(INK);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderColor(new Color(0x999999));
        styler.setPlotGridLinesColor(GRID);
        styler.setPlotGridLinesStroke(new BasicStroke(1f));
        styler.setChartTitleBoxVisible(false);
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        styler.setLegendBorderColor(Color.WHITE);
        styler.setChartPadding(12);
        styler.setToolTipsEnabled(false);
        styler.setxAxisTickLabelsFormattingFunction(ChartRenderer::tickLabel);
        styler.setyAxisTickLabelsFormattingFunction(ChartRenderer::tickLabel);
    }

    /**
     * A tick value as plain text, without locale, grouping or the float noise of tick arithmetic
     * (0.30000000000000004 reads 0.3).
     */
    static String tickLabel(Double value) {
        return new BigDecimal(value).round(TICK_PRECISION).stripTrailingZeros().toPlainString();
    }

    private static final MathContext TICK_PRECISION = new MathContext(10);

    private static String withTitle(String svg, String title) {
        int open = svg.indexOf('>', svg.indexOf("<svg")) + 1;
        return svg.substring(0, open) + "<title>" + Xml.escape(title) + "</title>" + svg.substring(open);
    }

    /** A tenth of a unit is finer than a pixel of the largest rendering, and halves the file size against full precision. */
    private static final DoubleFunction<String> ONE_DECIMAL = value -> {
        long tenths = Math.round(value * 10);
        if (tenths % 10 == 0) {
            return Long.toString(tenths / 10);
        }
        long magnitude = Math.abs(tenths);
        return (tenths < 0 ? "-" : "") + magnitude / 10 + "." + magnitude % 10;
    };

    private static Font loadFont() {
        try (InputStream in = ChartRenderer.class.getResourceAsStream("DejaVuSans.ttf")) {
            if (in == null) {
                throw new IllegalStateException("DejaVuSans.ttf is missing from the jar");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("DejaVuSans.ttf is not a TrueType font", e);
        }
    }
}
