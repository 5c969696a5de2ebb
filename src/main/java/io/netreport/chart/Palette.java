package io.netreport.chart;

import io.netreport.config.Initialization;
import java.awt.Color;

/**
 * Colours from the Okabe-Ito palette, which stays distinguishable under the common forms of colour
 * blindness. An initialization has the same colour on every chart of a site; what else a chart
 * tells apart (train and validation, networks, layers, seeds) it tells by dashes.
 */
public final class Palette {

    /** What a rule predicts, drawn beside the measured curves: neutral, so it is never mistaken for an initialization. */
    public static final Color RULE = new Color(0x555555);

    private Palette() {
    }

    public static Color of(Initialization init) {
        return switch (init) {
            case ZERO -> new Color(0xCC79A7);
            case RANDOM -> new Color(0xE69F00);
            case XAVIER -> new Color(0x009E73);
            case HE -> new Color(0x0072B2);
        };
    }
}
