package io.seizmon.modelexport;

import picocli.CommandLine;

/**
 * Reads a duration in seconds: {@code 5}, {@code 5s}, {@code 2.5s} or {@code 500ms}.
 */
final class SecondsConverter implements CommandLine.ITypeConverter<Double> {

    @Override
    public Double convert(String value) {
        String text = value.strip().toLowerCase(java.util.Locale.ROOT);
        double scale = 1;
        if (text.endsWith("ms")) {
            scale = 1e-3;
            text = text.substring(0, text.length() - 2);
        } else if (text.endsWith("s")) {
            text = text.substring(0, text.length() - 1);
        }
        try {
            double seconds = Double.parseDouble(text.strip()) * scale;
            if (!(seconds > 0) || !Double.isFinite(seconds)) {
                throw new CommandLine.TypeConversionException("'" + value + "' (expected: a positive duration)");
            }
            return seconds;
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' (expected: seconds such as 5, 5s, 2.5s "
                    + "or 500ms)");
        }
    }
}
