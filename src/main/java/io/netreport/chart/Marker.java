package io.netreport.chart;

import java.awt.Color;
import java.util.Objects;

/**
 * A point drawn over the curves, such as a curve's best iteration, with a tooltip: the browser
 * shows an SVG {@code <title>} on hover without any script.
 */
public record Marker(double x, double y, Color color, String tooltip) {

    public Marker {
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(tooltip, "tooltip");
    }
}
