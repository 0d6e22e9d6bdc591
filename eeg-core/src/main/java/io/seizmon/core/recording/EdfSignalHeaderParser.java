package io.seizmon.core.recording;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the {@code ns} signal headers of an EDF/BDF file. Field {@code f} of signal {@code s} sits at byte
 * {@code 256 + start(f) * ns + s * width(f)}, where the fields are, in order with their widths: label 16,
 * transducer 80, physical dimension 8, physical minimum 8, physical maximum 8, digital minimum 8, digital maximum 8,
 * prefiltering 80, samples per record 8, reserved 32.
 */
final class EdfSignalHeaderParser {

    private static final String[] ANNOTATION_LABELS = {"EDF Annotations", "BDF Annotations"};

    private final EdfHeaderParser parser;
    private final byte[] header;
    private final int ns;
    private final boolean bdf;
    private final double recordDurationSeconds;

    EdfSignalHeaderParser(EdfHeaderParser parser, byte[] header, int ns, boolean bdf, double recordDurationSeconds) {
        this.parser = parser;
        this.header = header;
        this.ns = ns;
        this.bdf = bdf;
        this.recordDurationSeconds = recordDurationSeconds;
    }

    List<SignalInfo> parse() throws EdfFormatException {
        List<SignalInfo> signals = new ArrayList<>(ns);
        for (int s = 0; s < ns; s++) {
            signals.add(parse(s));
        }
        return signals;
    }

    private SignalInfo parse(int s) throws EdfFormatException {
        String label = text(0, 16, s);
        boolean annotation = isAnnotationLabel(label);
        double physMin = decimal(104, s, "physical minimum");
        double physMax = decimal(112, s, "physical maximum");
        int limit = bdf ? 1 << 23 : 1 << 15;
        int digMin = parser.integer(header, at(120, 8, s), 8, field("digital minimum", s), -limit, limit - 1);
        int digMax = parser.integer(header, at(128, 8, s), 8, field("digital maximum", s), -limit, limit - 1);
        int samples = parser.integer(header, at(216, 8, s), 8, field("number of samples in each data record", s),
                1, Integer.MAX_VALUE);
        if (physMin == physMax && !annotation) {
            throw parser.error(at(112, 8, s), field("physical maximum", s), physMax
                    + " equals the physical minimum (expected: a non-empty range)");
        }
        if (digMin >= digMax && !annotation) {
            throw parser.error(at(128, 8, s), field("digital maximum", s), digMax
                    + " (expected: > digital minimum " + digMin + ")");
        }
        return new SignalInfo(label, text(16, 80, s), text(96, 8, s), physMin, physMax, digMin, digMax,
                text(136, 80, s), samples, samples / recordDurationSeconds, annotation);
    }

    /** Returns true for the labels EDF+ and BDF+ reserve for annotation signals. */
    static boolean isAnnotationLabel(String label) {
        for (String reserved : ANNOTATION_LABELS) {
            if (reserved.equals(label)) {
                return true;
            }
        }
        return false;
    }

    private double decimal(int start, int s, String name) throws EdfFormatException {
        double value = parser.decimal(header, at(start, 8, s), 8, field(name, s));
        if (!Double.isFinite(value)) {
            throw parser.error(at(start, 8, s), field(name, s), value + " (expected: finite)");
        }
        return value;
    }

    private String text(int start, int width, int s) {
        return EdfHeaderParser.text(header, at(start, width, s), width);
    }

    private int at(int start, int width, int s) {
        return 256 + start * ns + s * width;
    }

    private static String field(String name, int s) {
        return name + " of signal " + s;
    }
}
