package io.netreport.chart;

import java.awt.Color;
import java.util.Objects;

/** One curve of a chart: a name for the legend, its points and its colour. */
public record Series(String name, double[] x, double[] y, Color color) {

    public Series {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(color, "color");
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " points, y has " + y.length);
        }
    }
}
