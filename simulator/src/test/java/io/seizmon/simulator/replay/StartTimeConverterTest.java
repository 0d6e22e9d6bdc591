package io.seizmon.simulator.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class StartTimeConverterTest {

    private final StartTimeConverter converter = new StartTimeConverter();

    @Test
    void readsHoursMinutesSecondsAndFractions() {
        assertThat(converter.convert("00:10:00")).isEqualTo(600.0);
        assertThat(converter.convert("1:02:03.5")).isEqualTo(3723.5);
        assertThat(converter.convert("10:00")).isEqualTo(600.0);
        assertThat(converter.convert("2.25")).isEqualTo(2.25);
        assertThat(converter.convert("7200")).isEqualTo(7200.0);
    }

    @Test
    void refusesMalformedTimes() {
        for (String bad : new String[] {"", "1:2:3:4", "-5", "1:60", "a:00", "1.5:00", "00:00:1e3"}) {
            assertThatThrownBy(() -> converter.convert(bad)).as(bad).isInstanceOf(TypeConversionException.class)
                    .hasMessageContaining("expected: [[HH:]MM:]SS[.fff]");
        }
    }
}
