package io.seizmon.simulator.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class DurationConverterTest {

    @ParameterizedTest
    @CsvSource({"24h, 86400", "90m, 5400", "30s, 30", "3600, 3600", "1.5h, 5400", "2d, 172800", "0.25, 0.25",
        "' 10M ', 600"})
    void readsNumbersWithAnOptionalUnit(String text, double seconds) {
        assertThat(DurationConverter.parseSeconds(text)).isEqualTo(seconds);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "h", "-5", "5x", "1h30m", "1e3", "1,5h"})
    void rejectsAnythingElseNamingTheForms(String text) {
        assertThatThrownBy(() -> new DurationConverter().convert(text))
                .isInstanceOf(CommandLine.TypeConversionException.class)
                .hasMessage("'" + text + "' (expected: seconds, or a number with d, h, m or s, e.g. 24h, 90m, 30s, "
                        + "3600)");
    }
}
