package io.netreport.chart;

import java.util.List;

/**
 * What a chart shows: its title, axis labels, curves, shaded bands, marked points and how the y
 * axis and curves are drawn. The title doubles as the SVG's text alternative.
 *
 * @param logY      a logarithmic y axis; needs every drawn value to be positive
 * @param smoothing factor of an exponential moving average drawn over each faint raw curve; 0 for none
 */
public record ChartSpec(String title, String xAxisLabel, String yAxisLabel, List<Series> series, List<Band> bands,
                        List<Marker> markers, boolean logY, double smoothing) {

    public ChartSpec {
        series = List.copyOf(series);
        bands = List.copyOf(bands);
        markers = List.copyOf(markers);
        if (series.isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one series: " + title);
        }
        if (!(smoothing >= 0 && smoothing < 1)) {
            throw new IllegalArgumentException("smoothing must be in [0, 1), found " + smoothing);
        }
    }

    /** Plain curves on linear axes. */
    public ChartSpec(String title, String xAxisLabel, String yAxisLabel, List<Series> series) {
        this(title, xAxisLabel, yAxisLabel, series, List.of(), List.of(), false, 0);
    }
}
