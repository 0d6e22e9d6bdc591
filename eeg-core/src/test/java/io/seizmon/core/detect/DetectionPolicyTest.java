package io.seizmon.core.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DetectionPolicyTest {

    private static final long SECOND = 1_000_000L;

    private final List<DetectionEvent> events = new ArrayList<>();

    /** Window i starts at i seconds and lasts 5 s (1-s hop), as the agent's defaults cut them. */
    private static WindowScore window(int i, double p) {
        return new WindowScore(i, i * SECOND, (i + 5) * SECOND, p);
    }

    private DetectionPolicy givenPolicy(DetectionSpec spec) {
        return new DetectionPolicy(spec, events::add);
    }

    private static void whenScores(DetectionPolicy policy, int firstIndex, double... probabilities) {
        for (int i = 0; i < probabilities.length; i++) {
            policy.onScore(window(firstIndex + i, probabilities[i]));
        }
    }

    private List<EventKind> kinds() {
        return events.stream().map(DetectionEvent::kind).toList();
    }

    @Test
    void declaresOnsetWhenKOfNWindowsArePositive() {
        DetectionPolicy policy = givenPolicy(DetectionSpec.of(0.5, 3, 4, 3, 0, 0));
        whenScores(policy, 0, 0.1, 0.9, 0.2, 0.8);
        assertThat(events).isEmpty();
        whenScores(policy, 4, 0.7);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EventKind.SEIZURE_ONSET);
            assertThat(e.eventNumber()).isEqualTo(1);
            assertThat(e.onsetMicros()).isEqualTo(1 * SECOND);
            assertThat(e.decisionMicros()).isEqualTo(9 * SECOND);
            assertThat(e.peakProbability()).isEqualTo(0.9);
            assertThat(e.offsetMicros()).isEqualTo(DetectionEvent.OPEN);
            assertThat(e.trigger()).extracting(WindowScore::windowIndex).containsExactly(1L, 3L, 4L);
        });
    }

    @Test
    void isolatedPositivesNeverFire() {
        DetectionPolicy policy = givenPolicy(DetectionSpec.of(0.5, 3, 4, 3, 0, 0));
        whenScores(policy, 0, 0.9, 0.1, 0.1, 0.9, 0.1, 0.1, 0.9, 0.2, 0.3, 0.99, 0.0, 0.0);
        assertThat(events).isEmpty();
    }

    @Test
    void declaresOffsetAfterMWindowsBelowAtTheLastPositiveWindow() {
        DetectionPolicy policy = givenPolicy(DetectionSpec.of(0.5, 2, 2, 3, 0, 0));
        whenScores(policy, 0, 0.9, 0.95, 0.6, 0.4, 0.8, 0.1, 0.2);
        assertThat(kinds()).containsExactly(EventKind.SEIZURE_ONSET);
        whenScores(policy, 7, 0.3);
        assertThat(kinds()).containsExactly(EventKind.SEIZURE_ONSET, EventKind.SEIZURE_OFFSET);
        DetectionEvent offset = events.get(1);
        assertThat(offset.eventNumber()).isEqualTo(1);
        assertThat(offset.onsetMicros()).isEqualTo(0);
        assertThat(offset.offsetMicros()).isEqualTo(9 * SECOND);
        assertThat(offset.decisionMicros()).isEqualTo(12 * SECOND);
        assertThat(offset.peakProbability()).isEqualTo(0.95);
        assertThat(offset.windowCount()).isEqualTo(8);
        assertThat(offset.durationSeconds()).isEqualTo(9.0);
    }

    @Test
    void minimumEventDurationDelaysOnset() {
        DetectionPolicy policy = givenPolicy(DetectionSpec.of(0.5, 1, 1, 1, 8, 0));
        whenScores(policy, 0, 0.9, 0.9, 0.9);
        assertThat(events).isEmpty();
        whenScores(policy, 3, 0.9);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.onsetMicros()).isEqualTo(0);
            assertThat(e.decisionMicros()).isEqualTo(8 * SECOND);
        });
    }

    @Test
    void refractoryPeriodSuppressesARetriggerRightAfterOffset() {
        DetectionPolicy policy = givenPolicy(DetectionSpec.of(0.5, 1, 1, 1, 0, 30));
        whenScores(policy, 0, 0.9, 0.1);
        whenScores(policy, 10, 0.9, 0.9, 0.1);
        assertThat(kinds()).containsExactly(EventKind.SEIZURE_ONSET, EventKind.SEIZURE_OFFSET);
        whenScores(policy, 31, 0.9);
        assertThat(kinds()).containsExactly(EventKind.SEIZURE_ONSET, EventKind.SEIZURE_OFFSET,
                EventKind.SEIZURE_ONSET);
        assertThat(events.get(2).eventNumber()).isEqualTo(2);
    }

    @Test
    void gapEndsAnOpenSeizureAndClearsHistory() {
        DetectionPolicy policy = givenPolicy(DetectionSpec.of(0.5, 2, 3, 3, 0, 0));
        whenScores(policy, 0, 0.9, 0.9, 0.9);
        policy.onGap(8 * SECOND, 20 * SECOND, "SEQUENCE_GAP");
        assertThat(kinds()).containsExactly(EventKind.SEIZURE_ONSET, EventKind.SEIZURE_OFFSET, EventKind.SIGNAL_GAP);
        assertThat(events.get(1).offsetMicros()).isEqualTo(7 * SECOND);
        assertThat(events.get(1).detail()).contains("gap");
        assertThat(events.get(2).onsetMicros()).isEqualTo(8 * SECOND);
        assertThat(events.get(2).offsetMicros()).isEqualTo(20 * SECOND);
        events.clear();
        // one positive before and one after the gap must not combine into an onset
        policy.onScore(window(20, 0.9));
        policy.onGap(25 * SECOND, 26 * SECOND, "TIMESTAMP_GAP");
        policy.onScore(window(26, 0.9));
        assertThat(kinds()).containsExactly(EventKind.SIGNAL_GAP);
    }

    @Test
    void poorSignalIsReportedOncePerEpisodeAndClosesAnEventLikeNegatives() {
        DetectionPolicy policy = givenPolicy(DetectionSpec.of(0.5, 1, 1, 2, 0, 0));
        whenScores(policy, 0, 0.9);
        policy.onPoorSignal(1 * SECOND, 6 * SECOND, "flat line");
        policy.onPoorSignal(2 * SECOND, 7 * SECOND, "flat line");
        policy.onPoorSignal(3 * SECOND, 8 * SECOND, "flat line");
        whenScores(policy, 4, 0.1);
        assertThat(kinds()).containsExactly(EventKind.SEIZURE_ONSET, EventKind.POOR_SIGNAL,
                EventKind.SEIZURE_OFFSET, EventKind.SIGNAL_RESTORED);
        assertThat(events.get(1).detail()).isEqualTo("flat line");
    }

    @Test
    void finishClosesAnOpenEvent() {
        DetectionPolicy policy = givenPolicy(DetectionSpec.of(0.5, 1, 1, 3, 0, 0));
        whenScores(policy, 0, 0.9, 0.8);
        policy.finish(100 * SECOND);
        assertThat(kinds()).containsExactly(EventKind.SEIZURE_ONSET, EventKind.SEIZURE_OFFSET);
        assertThat(events.get(1).offsetMicros()).isEqualTo(6 * SECOND);
        assertThat(policy.inEvent()).isFalse();
    }

    @Test
    void rejectsInvalidSettingsNamingThem() {
        assertThatIllegalArgumentException().isThrownBy(() -> DetectionSpec.of(0, 1, 1, 1, 0, 0))
                .withMessageContaining("threshold: 0.0");
        assertThatIllegalArgumentException().isThrownBy(() -> DetectionSpec.of(0.5, 5, 4, 1, 0, 0))
                .withMessageContaining("onsetWindows: 5");
        assertThatIllegalArgumentException().isThrownBy(() -> DetectionSpec.of(0.5, 1, 1, 0, 0, 0))
                .withMessageContaining("offsetWindows: 0");
        assertThatIllegalArgumentException().isThrownBy(() -> DetectionSpec.of(0.5, 1, 1, 1, -1, 0))
                .withMessageContaining("minEventSeconds: -1.0");
        assertThatIllegalArgumentException().isThrownBy(() -> new WindowScore(0, 0, 1, Double.NaN))
                .withMessageContaining("probability: NaN");
    }
}
