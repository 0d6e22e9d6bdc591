package io.seizmon.modelexport.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class AxisTest {

    @Test
    void linearTicksStepOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(Axis.linear(0, 1, "p").ticks()).zipSatisfy(List.of(0.0, 0.2, 0.4, 0.6, 0.8, 1.0),
                (tick, expected) -> assertThat(tick).isCloseTo(expected, within(1e-12)));
        assertThat(Axis.linear(0, 120, "t").ticks()).containsExactly(0.0, 20.0, 40.0, 60.0, 80.0, 100.0, 120.0);
        assertThat(Axis.linear(0.07, 0.76, "loss").ticks()).first().satisfies(t -> assertThat(t).isEqualTo(0.1,
                within(1e-12)));
        assertThat(Axis.linear(0, 1, "p").format(0.6000000000000001)).isEqualTo("0.6");
        assertThat(Axis.linear(0, 1, "p").ticks()).hasSize(6);
        assertThat(Axis.linear(0, 120, "t").format(40)).isEqualTo("40");
    }

    @Test
    void logTicksArePowersOfTen() {
        Axis log = new Axis(0.7, 1000, "n", true);

        assertThat(log.ticks()).containsExactly(1.0, 10.0, 100.0, 1000.0);
        assertThat(log.fraction(1000)).isEqualTo(1.0, within(1e-12));
        assertThat(log.format(100)).isEqualTo("100");
    }

    @Test
    void rejectsEmptyRangesAndNonPositiveLogMinimum() {
        assertThatThrownBy(() -> Axis.linear(1, 1, "x")).hasMessage("axis 'x' range: [1.0, 1.0] (expected: finite, "
                + "max > min)");
        assertThatThrownBy(() -> new Axis(0, 10, "n", true)).hasMessage("axis 'n' min: 0.0 (expected: > 0 on a log "
                + "axis)");
    }
}
