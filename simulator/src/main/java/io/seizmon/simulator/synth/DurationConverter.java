package io.seizmon.simulator.synth;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Parses a duration option into seconds: a number with an optional unit, {@code d}, {@code h}, {@code m} or
 * {@code s} ({@code 24h}, {@code 90m}, {@code 30s}, {@code 1.5h}, {@code 3600}); no unit means seconds.
 */
public final class DurationConverter implements CommandLine.ITypeConverter<Double> {

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([dhms]?)");

    @Override
    public Double convert(String value) {
        return parseSeconds(value);
    }

    /**
     * Returns the seconds {@code text} stands for.
     *
     * @throws CommandLine.TypeConversionException naming the text and the accepted forms
     */
    public static double parseSeconds(String text) {
        Matcher m = DURATION.matcher(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new CommandLine.TypeConversionException("'" + text + "' (expected: seconds, or a number with d, h,"
                    + " m or s, e.g. 24h, 90m, 30s, 3600)");
        }
        double number = Double.parseDouble(m.group(1));
        double unit = switch (m.group(2)) {
            case "d" -> 86_400;
            case "h" -> 3_600;
            case "m" -> 60;
            default -> 1;
        };
        return number * unit;
    }
}
