package io.seizmon.simulator.replay;

import io.seizmon.core.wire.SampleEncoding;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses {@code --encoding}: {@code float32} or {@code int16}. Stateless. */
final class EncodingConverter implements ITypeConverter<SampleEncoding> {

    @Override
    public SampleEncoding convert(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "float32" -> SampleEncoding.FLOAT32;
            case "int16" -> SampleEncoding.INT16;
            default -> throw new TypeConversionException("'" + text + "' (expected: float32 or int16)");
        };
    }
}
