package io.seizmon.core.recording;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** Formatting of EDF header fields: printable ASCII, left-aligned, padded with blanks. */
final class EdfFields {

    private EdfFields() {
    }

    static void checkAscii(String name, String value, int width) {
        Objects.requireNonNull(value, name);
        if (value.length() > width) {
            throw new IllegalArgumentException(name + ": '" + value + "' (expected: at most " + width + " characters)");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                throw new IllegalArgumentException(name + ": '" + value + "' (expected: printable ASCII, found "
                        + String.format("U+%04X", (int) c) + " at index " + i + ")");
            }
        }
    }

    /** Returns {@code value} rounded so that {@link #format} writes it in 8 characters exactly as returned. */
    static double fitted(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + ": " + value + " (expected: finite)");
        }
        for (int digits = 8; digits >= 1; digits--) {
            BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits));
            if (plain(rounded).length() <= 8) {
                return rounded.doubleValue();
            }
        }
        throw new IllegalArgumentException(name + ": " + value + " (expected: a value that fits 8 characters, "
                + "|value| < 1e8)");
    }

    /** Returns the shortest plain decimal for {@code value}, e.g. {@code 0.5}, {@code -200}, {@code 9.59375}. */
    static String format(double value) {
        return plain(BigDecimal.valueOf(value));
    }

    private static String plain(BigDecimal value) {
        String s = value.stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** Writes {@code value} left-aligned, blank-padded, into {@code dst[off, off + width)}. */
    static void put(byte[] dst, int off, int width, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length > width) {
            throw new IllegalArgumentException("header field: '" + value + "' (expected: at most " + width
                    + " characters)");
        }
        for (int i = 0; i < width; i++) {
            dst[off + i] = i < bytes.length ? bytes[i] : (byte) ' ';
        }
    }
}
