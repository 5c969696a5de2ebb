package io.netreport.chart;

import java.awt.Color;
import java.util.Objects;

/** A shaded region between two curves over the same x values, such as mean ± 1 standard deviation. */
public record Band(double[] x, double[] lower, double[] upper, Color color) {

    public Band {
        Objects.requireNonNull(color, "color");
        if (x.length != lower.length || x.length != upper.length) {
            throw new IllegalArgumentException("a band needs as many lower and upper values as x values");
        }
    }
}
