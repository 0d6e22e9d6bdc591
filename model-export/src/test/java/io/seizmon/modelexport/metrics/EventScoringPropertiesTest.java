package io.seizmon.modelexport.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.seizmon.core.dataset.SeizureInterval;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Properties of SzCORE scoring over random event lists on a 4-hour recording (times in whole seconds). */
class EventScoringPropertiesTest {

    private static final double RECORDING_SECONDS = 4 * 3600;
    private static final EventScoring SZCORE = new EventScoring(EventScoringSpec.SZCORE);

    @Property(tries = 300)
    void ratesStayInRangeAndCountsAreConsistent(
            @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 14_000) Integer> refOnsets,
            @ForAll @Size(max = 12) List<@IntRange(min = 1, max = 900) Integer> refDurations,
            @ForAll @Size(max = 20) List<@IntRange(min = 0, max = 14_300) Integer> hypOnsets,
            @ForAll @Size(max = 20) List<@IntRange(min = 1, max = 900) Integer> hypDurations) {
        List<SeizureInterval> reference = intervals(refOnsets, refDurations);
        List<HypothesisEvent> hypotheses = intervals(hypOnsets, hypDurations).stream()
                .map(i -> HypothesisEvent.of(i.onsetSeconds(), i.offsetSeconds())).toList();

        EventScore s = SZCORE.score(reference, hypotheses, RECORDING_SECONDS);

        if (s.referenceEvents() == 0) {
            assertThat(s.sensitivity()).isNaN();
        } else {
            assertThat(s.sensitivity()).isBetween(0.0, 1.0);
        }
        if (s.truePositives() + s.falsePositives() > 0) {
            assertThat(s.precision()).isBetween(0.0, 1.0);
        }
        assertThat(s.falseAlarmsPer24h()).isGreaterThanOrEqualTo(0.0);
        assertThat(s.falsePositives()).isLessThanOrEqualTo(s.hypothesisEvents());
        assertThat(s.hypothesisEvents() == 0).isEqualTo(hypotheses.isEmpty());
        assertThat(s.latencies().size()).isLessThanOrEqualTo((int) s.truePositives());
        assertThat(s.latencies().isEmpty()).isEqualTo(s.truePositives() == 0);
    }

    @Property(tries = 300)
    void aHypothesisEqualToTheReferenceFindsEverySeizureWithoutFalseAlarm(
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 14_000) Integer> onsets,
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 1, max = 900) Integer> durations) {
        List<SeizureInterval> reference = intervals(onsets, durations);
        List<HypothesisEvent> same = reference.stream()
                .map(i -> new HypothesisEvent(i.onsetSeconds(), i.offsetSeconds(), i.onsetSeconds(), 1)).toList();

        EventScore s = SZCORE.score(reference, same, RECORDING_SECONDS);

        assertThat(s.sensitivity()).isEqualTo(1.0);
        assertThat(s.falsePositives()).isZero();
        assertThat(s.falseAlarmsPer24h()).isZero();
        assertThat(s.onsetLatency().worstSeconds()).isZero();
    }

    @Property(tries = 200)
    void widerTolerancesNeverLoseADetectionNorAddAFalseAlarm(
            @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 14_000) Integer> refOnsets,
            @ForAll @Size(max = 8) List<@IntRange(min = 1, max = 900) Integer> refDurations,
            @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 14_300) Integer> hypOnsets,
            @ForAll @Size(max = 12) List<@IntRange(min = 1, max = 900) Integer> hypDurations) {
        List<SeizureInterval> reference = intervals(refOnsets, refDurations);
        List<HypothesisEvent> hypotheses = intervals(hypOnsets, hypDurations).stream()
                .map(i -> HypothesisEvent.of(i.onsetSeconds(), i.offsetSeconds())).toList();
        EventScoring strict = new EventScoring(new EventScoringSpec(0, 0, 90, 300));

        EventScore narrow = strict.score(reference, hypotheses, RECORDING_SECONDS);
        EventScore wide = SZCORE.score(reference, hypotheses, RECORDING_SECONDS);

        assertThat(wide.truePositives()).isGreaterThanOrEqualTo(narrow.truePositives());
        assertThat(wide.falsePositives()).isLessThanOrEqualTo(narrow.falsePositives());
    }

    private static List<SeizureInterval> intervals(List<Integer> onsets, List<Integer> durations) {
        List<SeizureInterval> out = new ArrayList<>();
        for (int i = 0; i < Math.min(onsets.size(), durations.size()); i++) {
            out.add(new SeizureInterval(onsets.get(i), onsets.get(i) + durations.get(i)));
        }
        return out;
    }
}
