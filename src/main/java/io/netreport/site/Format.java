package io.netreport.site;

import io.netreport.analysis.MeanSd;
import java.util.Locale;

/**
 * Number formatting for the pages: fixed decimals without locale, so identical builds give
 * identical bytes; with native digits on, the language's own digits and decimal separator (from its
 * message bundle) replace 0-9 and the dot.
 */
public final class Format {

    private final boolean nativeDigits;
    private final char zero;
    private final String decimal;
    private final String percentSign;

    private Format(boolean nativeDigits, char zero, String decimal, String percentSign) {
        this.nativeDigits = nativeDigits;
        this.zero = zero;
        this.decimal = decimal;
        this.percentSign = percentSign;
    }

    /** The digits of a language's bundle ({@code digits.zero}, {@code digits.decimal}) when asked for. */
    public static Format of(Messages messages, boolean nativeDigits) {
        String zero = messages.get("digits.zero");
        return new Format(nativeDigits && !zero.equals("0"), zero.charAt(0), messages.get("digits.decimal"),
                messages.get("digits.percent"));
    }

    public String fixed(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "–" : (value > 0 ? "∞" : "-∞");
        }
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        // "-0.00" reads as a sign without a value
        return digits(text.matches("-0\\.?0*") ? text.substring(1) : text);
    }

    public String integer(long value) {
        return digits(String.format(Locale.ROOT, "%,d", value).replace(',', '\u2009'));
    }

    public String percent(double value) {
        return fixed(value, 2) + "\u00a0" + (nativeDigits ? percentSign : "%");
    }

    /** "mean ± sd" with several values, the plain value with one, a dash with none. */
    public String meanSd(MeanSd spread, int decimals) {
        if (spread.n() == 0) {
            return "–";
        }
        return spread.n() == 1 ? fixed(spread.mean(), decimals) : fixed(spread.mean(), decimals) + " ± " + fixed(spread.sd(), decimals);
    }

    /** A small or large number in scientific notation with two significant digits, such as 3.1e-6. */
    public String scientific(double value) {
        if (!Double.isFinite(value)) {
            return fixed(value, 0);
        }
        if (value == 0) {
            return digits("0");
        }
        String text = String.format(Locale.ROOT, "%.1e", value);
        int e = text.indexOf('e');
        return digits(text.substring(0, e) + "e" + Integer.parseInt(text.substring(e + 1)));
    }

    /** Any text with its Western digits and dots between digits turned native, when native digits are on. */
    public String digits(String text) {
        if (!nativeDigits) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append((char) (zero + (c - '0')));
            } else if (c == '.' && i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                    && Character.isDigit(text.charAt(i + 1))) {
                out.append(decimal);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
