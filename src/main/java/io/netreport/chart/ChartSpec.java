package io.netreport.chart;

import java.util.List;

/**
 * What a chart shows: its title, axis labels and curves. The title doubles as the SVG's text
 * alternative.
 */
public record ChartSpec(String title, String xAxisLabel, String yAxisLabel, List<Series> series) {

    public ChartSpec {
        series = List.copyOf(series);
        if (series.isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one series: " + title);
        }
    }
}
