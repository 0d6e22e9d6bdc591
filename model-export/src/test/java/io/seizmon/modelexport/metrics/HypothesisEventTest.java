package io.seizmon.modelexport.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.seizmon.core.detect.DetectionEvent;
import io.seizmon.core.detect.DetectionPolicy;
import io.seizmon.core.detect.DetectionSpec;
import io.seizmon.core.detect.EventKind;
import io.seizmon.core.detect.WindowScore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hypotheses from eeg-core's real {@link DetectionPolicy} (3 of 4 windows for onset, 3 below for offset). */
class HypothesisEventTest {

    private static final long SECOND = 1_000_000L;
    private static final long T0 = 1_700_000_000L * SECOND;

    private final List<DetectionEvent> events = new ArrayList<>();
    private final DetectionPolicy policy = new DetectionPolicy(DetectionSpec.of(0.5, 3, 4, 3, 0, 0), events::add);

    /** Windows start every second and last 5 s, from {@code first} to {@code last} inclusive. */
    private void givenScores(int first, int last, double probability) {
        for (int i = first; i <= last; i++) {
            policy.onScore(new WindowScore(i, T0 + i * SECOND, T0 + (i + 5) * SECOND, probability));
        }
    }

    @Test
    void pairsOnsetAndOffsetAndClosesAnOpenEventAtTheEnd() {
        givenScores(0, 9, 0.1);
        givenScores(10, 19, 0.9);
        givenScores(20, 29, 0.1);
        policy.onGap(T0 + 34 * SECOND, T0 + 35 * SECOND, "test gap");
        givenScores(35, 39, 0.1);
        givenScores(40, 45, 0.8);

        List<HypothesisEvent> hypotheses = HypothesisEvent.fromDetections(events, T0, 60);

        // seizure 1: candidate at window 10 (10 s), onset decided at window 12's end (17 s), last positive window
        // 19 ends at 24 s; seizure 2: onset 40 s, decided at 47 s, still open and closed at the end (60 s)
        assertThat(hypotheses).containsExactly(
                new HypothesisEvent(10, 24, 17, 0.9),
                new HypothesisEvent(40, 60, 47, 0.8));
    }

    @Test
    void anOffsetWithoutItsOnsetKeepsItsOwnOnsetAndAnUnknownDecision() {
        DetectionEvent offset = new DetectionEvent(EventKind.SEIZURE_OFFSET, 7,
                T0 + 5 * SECOND, T0 + 9 * SECOND, T0 + 12 * SECOND, 0.7, 4, List.of(), "test");

        assertThat(HypothesisEvent.fromDetections(List.of(offset), T0, 60))
                .containsExactly(new HypothesisEvent(5, 9, Double.NaN, 0.7));
    }

    @Test
    void rejectsInvalidEvents() {
        assertThatThrownBy(() -> HypothesisEvent.of(10, 10))
                .hasMessage("offsetSeconds: 10.0 (expected: finite, > onset 10.0)");
        assertThatThrownBy(() -> HypothesisEvent.of(-1, 10))
                .hasMessage("onsetSeconds: -1.0 (expected: finite, >= 0)");
        assertThatThrownBy(() -> new HypothesisEvent(1, 2, Double.NaN, 1.5))
                .hasMessage("confidence: 1.5 (expected: 0 to 1 or NaN)");
        assertThatThrownBy(() -> HypothesisEvent.fromDetections(List.of(), T0, 0))
                .hasMessage("recordingSeconds: 0.0 (expected: finite, > 0)");
    }
}
