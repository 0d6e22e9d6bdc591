package io.seizmon.simulator.replay;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Parses a start position: {@code [[HH:]MM:]SS[.fff]} ({@code 00:10:00}, {@code 10:00}, {@code 600},
 * {@code 2.5}) into seconds. Minutes and seconds after a colon are below 60. Stateless.
 */
final class StartTimeConverter implements ITypeConverter<Double> {

    private static final String EXPECTED = " (expected: [[HH:]MM:]SS[.fff], e.g. 00:10:00, 10:00 or 600)";

    @Override
    public Double convert(String text) {
        String[] parts = text.strip().split(":", -1);
        if (parts.length > 3) {
            throw new TypeConversionException("'" + text + "'" + EXPECTED);
        }
        double seconds = 0;
        for (int i = 0; i < parts.length; i++) {
            boolean last = i == parts.length - 1;
            if (!parts[i].matches(last ? "\\d+(\\.\\d*)?" : "\\d+")) {
                throw new TypeConversionException("'" + text + "'" + EXPECTED);
            }
            double value = Double.parseDouble(parts[i]);
            if (i > 0 && value >= 60) {
                throw new TypeConversionException("'" + text + "': " + parts[i] + " is not below 60" + EXPECTED);
            }
            seconds = seconds * 60 + value;
        }
        return seconds;
    }
}
