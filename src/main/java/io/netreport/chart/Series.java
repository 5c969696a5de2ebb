package io.netreport.chart;

import java.awt.Color;
import java.util.Objects;

/** One curve of a chart: a name for the legend, its points, its colour and its stroke. */
public record Series(String name, double[] x, double[] y, Color color, LineStyle style) {

    public Series {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(style, "style");
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " points, y has " + y.length);
        }
    }

    /** A solid curve. */
    public Series(String name, double[] x, double[] y, Color color) {
        this(name, x, y, color, LineStyle.SOLID);
    }
}
