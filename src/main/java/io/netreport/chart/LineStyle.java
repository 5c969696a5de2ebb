package io.netreport.chart;

/** How a curve is stroked; with colour, what tells curves apart (dashes survive greyscale printing). */
public enum LineStyle {
    SOLID(null),
    DASHED(new float[] {7f, 4f}),
    DOTTED(new float[] {1.5f, 3.5f}),
    DASH_DOT(new float[] {7f, 3f, 1.5f, 3f}),
    LONG_DASH(new float[] {14f, 5f});

    private final float[] dashes;

    LineStyle(float[] dashes) {
        this.dashes = dashes;
    }

    float[] dashes() {
        return dashes == null ? null : dashes.clone();
    }

    /** The {@code i}-th style, cycling: for curves told apart by style alone. */
    public static LineStyle nth(int i) {
        return values()[i % values().length];
    }
}
