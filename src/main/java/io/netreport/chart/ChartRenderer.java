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
import java.util.function.UnaryOperator;
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
    /** Opacity of a mean ± sd band and of the raw curve under a smoothed one: visible, not competing. */
    private static final int BAND_ALPHA = 56;
    private static final int RAW_ALPHA = 72;

    private final UnaryOperator<String> digits;

    /** Tick labels in Western digits. */
    public ChartRenderer() {
        this(UnaryOperator.identity());
    }

    /** @param digits turns a tick label's digits into the report's (such as Persian digits) */
    public ChartRenderer(UnaryOperator<String> digits) {
        this.digits = digits;
    }

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
        String svg = withMarkers(SvgLineMerger.merge(element), chart, spec.markers());
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + withTitle(svg, spec.title()) + "\n";
    }

    private XYChart build(ChartSpec spec) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(spec.title())
                .xAxisTitle(spec.xAxisLabel()).yAxisTitle(spec.yAxisLabel()).build();
        style(chart.getStyler());
        if (spec.logY() && allPositive(spec)) {
            logarithmicY(chart.getStyler(), spec);
        }
        // one curve needs no legend: the title names it
        chart.getStyler().setLegendVisible(spec.series().size() > 1);
        int band = 0;
        for (Band b : spec.bands()) {
            int[] kept = Downsampler.lttb(b.x(), midpoints(b), MAX_POINTS);
            int n = kept.length;
            double[] x = new double[2 * n];
            double[] y = new double[2 * n];
            for (int i = 0; i < n; i++) {
                x[i] = b.x()[kept[i]];
                y[i] = b.upper()[kept[i]];
                x[2 * n - 1 - i] = b.x()[kept[i]];
                y[2 * n - 1 - i] = b.lower()[kept[i]];
            }
            XYSeries area = chart.addSeries("\u0000band " + band++, x, y);
            area.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
            area.setMarker(SeriesMarkers.NONE);
            area.setFillColor(withAlpha(b.color(), BAND_ALPHA));
            area.setLineColor(withAlpha(b.color(), 0));
            area.setShowInLegend(false);
        }
        for (Series series : spec.series()) {
            if (spec.smoothing() > 0) {
                line(chart, "\u0000raw " + series.name(), series.x(), series.y(), withAlpha(series.color(), RAW_ALPHA),
                        series.style()).setShowInLegend(false);
                line(chart, series.name(), series.x(), ema(series.y(), spec.smoothing()), series.color(), series.style());
            } else {
                line(chart, series.name(), series.x(), series.y(), series.color(), series.style());
            }
        }
        return chart;
    }

    private static XYSeries line(XYChart chart, String name, double[] xs, double[] ys, Color color, LineStyle style) {
        int[] kept = Downsampler.lttb(xs, ys, MAX_POINTS);
        double[] x = new double[kept.length];
        double[] y = new double[kept.length];
        for (int i = 0; i < kept.length; i++) {
            x[i] = xs[kept[i]];
            y[i] = ys[kept[i]];
        }
        XYSeries line = chart.addSeries(name, x, y);
        line.setMarker(SeriesMarkers.NONE);
        line.setLineColor(color);
        float[] dashes = style.dashes();
        line.setLineStyle(dashes == null
                ? new BasicStroke(1.75f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke(1.75f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dashes, 0f));
        return line;
    }

    /**
     * The exponential moving average {@code s_1 = y_1, s_i = f s_(i-1) + (1 - f) y_i}: each point
     * weighs the recent past, so noise fades and the trend stays where it is.
     */
    static double[] ema(double[] y, double factor) {
        double[] s = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            s[i] = i == 0 ? y[0] : factor * s[i - 1] + (1 - factor) * y[i];
        }
        return s;
    }

    /**
     * XChart labels only powers of ten on a log axis, and places ticks linearly once given a
     * formatting function, so the axis runs from the decade below the lowest value to the decade
     * above the highest, with a decimal pattern for its labels.
     */
    private static void logarithmicY(XYStyler styler, ChartSpec spec) {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (Series series : spec.series()) {
            for (double v : series.y()) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        for (Band band : spec.bands()) {
            for (int i = 0; i < band.x().length; i++) {
                min = Math.min(min, band.lower()[i]);
                max = Math.max(max, band.upper()[i]);
            }
        }
        double low = StrictMath.pow(10, StrictMath.floor(StrictMath.log10(min)));
        double high = StrictMath.pow(10, StrictMath.ceil(StrictMath.log10(max)));
        styler.setYAxisLogarithmic(true);
        styler.setyAxisTickLabelsFormattingFunction(null);
        styler.setYAxisDecimalPattern(low >= 1e-4 && high <= 1e5 ? "0.####" : "0E0");
        styler.setYAxisMin(low);
        styler.setYAxisMax(high == low ? low * 10 : high);
    }

    private static double[] midpoints(Band band) {
        double[] mid = new double[band.x().length];
        for (int i = 0; i < mid.length; i++) {
            mid[i] = (band.lower()[i] + band.upper()[i]) / 2;
        }
        return mid;
    }

    private static boolean allPositive(ChartSpec spec) {
        for (Series series : spec.series()) {
            for (double v : series.y()) {
                if (!(v > 0)) {
                    return false;
                }
            }
        }
        for (Band band : spec.bands()) {
            for (double v : band.lower()) {
                if (!(v > 0)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Color withAlpha(Color color, int alpha) {
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), alpha);
    }

    /** Each marker as a circle in a group whose {@code <title>} is its tooltip, drawn over everything else. */
    private static String withMarkers(String svg, XYChart chart, List<Marker> markers) {
        if (markers.isEmpty()) {
            return svg;
        }
        StringBuilder out = new StringBuilder();
        for (Marker marker : markers) {
            Color c = marker.color();
            out.append("<g class='marker'><title>").append(Xml.escape(marker.tooltip())).append("</title><circle cx='")
                    .append(ONE_DECIMAL.apply(chart.getScreenXFromChart(marker.x()))).append("' cy='")
                    .append(ONE_DECIMAL.apply(chart.getScreenYFromChart(marker.y())))
                    .append("' r='5' style='fill:rgb(").append(c.getRed()).append(',').append(c.getGreen()).append(',')
                    .append(c.getBlue()).append(");stroke:rgb(255,255,255);stroke-width:1.5'/></g>");
        }
        int close = svg.lastIndexOf("</svg>");
        return svg.substring(0, close) + out + svg.substring(close);
    }

    private void style(XYStyler styler) {
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
        styler.setxAxisTickLabelsFormattingFunction(value -> digits.apply(tickLabel(value)));
        styler.setyAxisTickLabelsFormattingFunction(value -> digits.apply(tickLabel(value)));
    }

    /**
     * A tick value as plain text, without locale, grouping or the float noise of tick arithmetic
     * (0.30000000000000004 reads 0.3).
     */
    static String tickLabel(Double value) {
        return new BigDecimal(value).round(TICK_PRECISION).stripTrailingZeros().toPlainString();
    }

    private static final MathContext TICK_PRECISION = new MathContext(6);

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
