package io.seizmon.simulator.replay;

import io.seizmon.simulator.pacing.ReplaySpeed;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses {@code --speed}: {@code max} or a number &gt; 0 ({@link ReplaySpeed#parse}). Stateless. */
public final class SpeedConverter implements ITypeConverter<ReplaySpeed> {

    @Override
    public ReplaySpeed convert(String text) {
        try {
            return ReplaySpeed.parse(text);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
