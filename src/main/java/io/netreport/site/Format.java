package io.netreport.site;

import java.util.Locale;

/**
 * Number formatting for the pages: fixed decimals, always with a dot and Western digits whatever
 * the machine's locale, so identical builds give identical bytes.
 */
public final class Format {

    private Format() {
    }

    public static String fixed(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "n/a" : (value > 0 ? "∞" : "-∞");
        }
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        // "-0.00" reads as a sign without a value
        return text.matches("-0\\.?0*") ? text.substring(1) : text;
    }

    public static String integer(long value) {
        return String.format(Locale.ROOT, "%,d", value).replace(',', '\u2009');
    }

    public static String percent(double value) {
        return fixed(value, 2) + " %";
    }
}
