package io.seizmon.simulator.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SynthSpecTest {

    private static final SynthSpec DEFAULTS = SynthSpec.of(1000, 86_400, 1);

    @Test
    void ofUsesEveryDefault() {
        assertThat(DEFAULTS.channelCount()).isEqualTo(SynthSpec.DEFAULT_CHANNEL_COUNT);
        assertThat(DEFAULTS.seizuresPerDay()).isEqualTo(SynthSpec.DEFAULT_SEIZURES_PER_DAY);
        assertThat(DEFAULTS.minSeizureSeconds()).isEqualTo(SynthSpec.DEFAULT_MIN_SEIZURE_SECONDS);
        assertThat(DEFAULTS.maxSeizureSeconds()).isEqualTo(SynthSpec.DEFAULT_MAX_SEIZURE_SECONDS);
        assertThat(DEFAULTS.minSeizureSpacingSeconds()).isEqualTo(SynthSpec.DEFAULT_MIN_SEIZURE_SPACING_SECONDS);
        assertThat(DEFAULTS.mainsHz()).isEqualTo(SynthSpec.DEFAULT_MAINS_HZ);
        assertThat(DEFAULTS.amplifierRangeMicrovolts()).isEqualTo(SynthSpec.DEFAULT_AMPLIFIER_RANGE_MICROVOLTS);
        assertThat(DEFAULTS.eventsPerHour()).isEqualTo(SynthSpec.defaultEventsPerHour());
        assertThat(DEFAULTS.eventsPerHour(EventKind.CHEWING)).isEqualTo(SynthSpec.DEFAULT_CHEWING_PER_HOUR);
        assertThat(DEFAULTS.eventsPerHour(EventKind.SEIZURE)).isZero();
        assertThat(DEFAULTS.totalSamples()).isEqualTo(86_400_000L);
    }

    @Test
    void withersChangeOneParameterAndKeepTheRest() {
        SynthSpec changed = DEFAULTS.withEventsPerHour(EventKind.POP, 7).withChannelCount(4).withMainsHz(60);

        assertThat(changed.eventsPerHour(EventKind.POP)).isEqualTo(7);
        assertThat(changed.eventsPerHour(EventKind.SPINDLE)).isEqualTo(SynthSpec.DEFAULT_SPINDLE_PER_HOUR);
        assertThat(changed.channelCount()).isEqualTo(4);
        assertThat(changed.mainsHz()).isEqualTo(60);
        assertThat(changed.withEventsPerHour(EventKind.POP, SynthSpec.DEFAULT_POP_PER_HOUR).withChannelCount(1)
                .withMainsHz(50)).isEqualTo(DEFAULTS);
    }

    @Test
    void rejectsRatesOutsideTheSupportedRange() {
        assertThatThrownBy(() -> SynthSpec.of(63.9, 60, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sampleRateHz: 63.9 (expected: 64.0 to 4000.0)");
        assertThatThrownBy(() -> SynthSpec.of(4001, 60, 1)).hasMessageStartingWith("sampleRateHz: 4001.0");
        assertThatThrownBy(() -> SynthSpec.of(Double.NaN, 60, 1)).hasMessageStartingWith("sampleRateHz: NaN");
    }

    @Test
    void rejectsDurationsWithoutASampleOrBeyondAMonth() {
        assertThatThrownBy(() -> SynthSpec.of(1000, 0, 1)).hasMessage("durationSeconds: 0.0 (expected: > 0 and "
                + "<= 2678400.0)");
        assertThatThrownBy(() -> SynthSpec.of(1000, 32 * 86_400, 1)).hasMessageStartingWith("durationSeconds: ");
        assertThatThrownBy(() -> SynthSpec.of(100, 0.004, 1)).hasMessageContaining("at least one sample");
    }

    @Test
    void rejectsBadChannelCountsSeizureSettingsAndMains() {
        assertThatThrownBy(() -> DEFAULTS.withChannelCount(0)).hasMessage("channelCount: 0 (expected: 1 to 64)");
        assertThatThrownBy(() -> DEFAULTS.withChannelCount(65)).hasMessageStartingWith("channelCount: 65");
        assertThatThrownBy(() -> DEFAULTS.withSeizuresPerDay(-1)).hasMessageStartingWith("seizuresPerDay: -1.0");
        assertThatThrownBy(() -> DEFAULTS.withSeizuresPerDay(144)).hasMessageContaining("< 86400 / "
                + "minSeizureSpacingSeconds = 144.0");
        assertThatThrownBy(() -> DEFAULTS.withSeizureSeconds(30, 20)).hasMessage("maxSeizureSeconds: 20.0 "
                + "(expected: 30.0 to 600.0)");
        assertThatThrownBy(() -> DEFAULTS.withSeizureSeconds(1, 20)).hasMessageStartingWith("minSeizureSeconds: 1.0");
        assertThatThrownBy(() -> DEFAULTS.withMainsHz(55)).hasMessage("mainsHz: 55.0 (expected: 50 or 60)");
        assertThatThrownBy(() -> DEFAULTS.withAmplifierRangeMicrovolts(100))
                .hasMessageStartingWith("amplifierRangeMicrovolts: 100.0");
    }

    @Test
    void rejectsRateMapsThatAreIncompleteOrNameUnscheduledKinds() {
        assertThatThrownBy(() -> DEFAULTS.withEventsPerHour(EventKind.SEIZURE, 1))
                .hasMessageStartingWith("eventsPerHour[SEIZURE]: 1.0 (expected: absent;");
        assertThatThrownBy(() -> DEFAULTS.withEventsPerHour(EventKind.MOVEMENT, -0.5))
                .hasMessage("eventsPerHour[MOVEMENT]: -0.5 (expected: 0.0 to 600.0)");
        Map<EventKind, Double> missing = new EnumMap<>(SynthSpec.defaultEventsPerHour());
        missing.remove(EventKind.FLATLINE);
        assertThatThrownBy(() -> new SynthSpec(1000, 60, 1, 1, 6, 10, 120, 600, missing, 50, 2000))
                .hasMessage("eventsPerHour[FLATLINE]: missing (expected: 0 to 600.0)");
    }

    @Test
    void subjectSeedsDifferPerSubjectAndPerRun() {
        assertThat(DEFAULTS.subjectSeed(0)).isNotEqualTo(DEFAULTS.subjectSeed(1));
        assertThat(DEFAULTS.subjectSeed(0)).isNotEqualTo(DEFAULTS.withSeed(2).subjectSeed(0));
        assertThat(DEFAULTS.subjectSeed(3)).isEqualTo(SynthSpec.of(500, 10, 1).subjectSeed(3));
        assertThatThrownBy(() -> DEFAULTS.subjectSeed(-1)).hasMessage("subjectIndex: -1 (expected: >= 0)");
    }
}
