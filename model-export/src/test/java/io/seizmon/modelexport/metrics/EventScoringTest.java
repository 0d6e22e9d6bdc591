package io.seizmon.modelexport.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.seizmon.core.dataset.SeizureInterval;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * SzCORE rules one at a time, on hand-computed cases (30 s before onset, 60 s after offset, merge below 90 s,
 * split above 300 s); the recording lasts one hour unless stated, so one false positive is 24 per 24 h.
 */
class EventScoringTest {

    private static final double HOUR = 3600;
    private static final EventScoring SZCORE = new EventScoring(EventScoringSpec.SZCORE);

    private static EventScore score(List<SeizureInterval> reference, HypothesisEvent... hypotheses) {
        return SZCORE.score(reference, List.of(hypotheses), HOUR);
    }

    private static SeizureInterval ref(double onset, double offset) {
        return new SeizureInterval(onset, offset);
    }

    private static HypothesisEvent hyp(double onset, double offset) {
        return HypothesisEvent.of(onset, offset);
    }

    private static void assertCounts(EventScore s, long references, long tp, long fp, long hypotheses) {
        assertThat(s.referenceEvents()).as("reference events").isEqualTo(references);
        assertThat(s.truePositives()).as("true positives").isEqualTo(tp);
        assertThat(s.falsePositives()).as("false positives").isEqualTo(fp);
        assertThat(s.hypothesisEvents()).as("hypothesis events").isEqualTo(hypotheses);
    }

    @Test
    void perfectDetectionScoresOneAndNoFalseAlarm() {
        EventScore s = score(List.of(ref(100, 160)), hyp(100, 160));

        assertCounts(s, 1, 1, 0, 1);
        assertThat(s.sensitivity()).isEqualTo(1.0);
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.f1()).isEqualTo(1.0);
        assertThat(s.falseAlarmsPer24h()).isZero();
        assertThat(s.onsetLatency()).isEqualTo(new LatencySummary(1, 0, 0));
    }

    @Nested
    class ToleranceBeforeOnset {

        @Test
        void aHypothesisEndingInsideTheThirtySecondsBeforeOnsetDetectsTheSeizure() {
            // reference [300, 360): extended window [270, 420)
            EventScore s = score(List.of(ref(300, 360)), hyp(250, 270.1));

            assertCounts(s, 1, 1, 0, 1);
            assertThat(s.onsetLatency().medianSeconds()).isEqualTo(-50.0);
        }

        @Test
        void aHypothesisEndingExactlyAtTheWindowEdgeDoesNotOverlapIt() {
            EventScore s = score(List.of(ref(300, 360)), hyp(250, 270));

            assertCounts(s, 1, 0, 1, 1);
            assertThat(s.sensitivity()).isZero();
            assertThat(s.falseAlarmsPer24h()).isEqualTo(24.0);
        }

        @Test
        void overlapIsDecidedOnTheTenthOfASecondGrid() {
            // 270.04 s rounds to tick 2700, the window's first tick: no shared tick; 270.06 s rounds to 2701
            assertCounts(score(List.of(ref(300, 360)), hyp(250, 270.04)), 1, 0, 1, 1);
            assertCounts(score(List.of(ref(300, 360)), hyp(250, 270.06)), 1, 1, 0, 1);
        }
    }

    @Nested
    class ToleranceAfterOffset {

        @Test
        void aHypothesisStartingInsideTheSixtySecondsAfterOffsetDetectsTheSeizure() {
            EventScore s = score(List.of(ref(300, 360)), hyp(419.9, 430));

            assertCounts(s, 1, 1, 0, 1);
            assertThat(s.onsetLatency().medianSeconds()).isCloseTo(119.9, within(1e-9));
        }

        @Test
        void aHypothesisStartingExactlyAtTheWindowEndIsAFalsePositive() {
            assertCounts(score(List.of(ref(300, 360)), hyp(420, 430)), 1, 0, 1, 1);
        }

        @Test
        void theWindowIsClippedToTheRecording() {
            EventScore s = SZCORE.score(List.of(ref(590, 600)), List.of(hyp(599, 650)), 600);

            assertCounts(s, 1, 1, 0, 1);
        }
    }

    @Nested
    class Merging {

        @Test
        void hypothesesLessThanNinetySecondsApartAreOneEvent() {
            // gap 1099.9 - 1010 = 89.9 s
            EventScore s = score(List.of(), hyp(1000, 1010), hyp(1099.9, 1110));

            assertCounts(s, 0, 0, 1, 1);
            assertThat(s.falseAlarmsPer24h()).isEqualTo(24.0);
        }

        @Test
        void hypothesesExactlyNinetySecondsApartStayTwoEvents() {
            EventScore s = score(List.of(), hyp(1000, 1010), hyp(1100, 1110));

            assertCounts(s, 0, 0, 2, 2);
            assertThat(s.falseAlarmsPer24h()).isEqualTo(48.0);
        }

        @Test
        void referenceSeizuresLessThanNinetySecondsApartAreOneSeizure() {
            assertCounts(score(List.of(ref(100, 110), ref(150, 160))), 1, 0, 0, 0);
            assertCounts(score(List.of(ref(100, 110), ref(200, 210))), 2, 0, 0, 0);
        }

        @Test
        void mergedHypothesesKeepTheFirstOnsetAndDecision() {
            HypothesisEvent first = new HypothesisEvent(1000, 1010, 1004, 0.9);
            HypothesisEvent second = new HypothesisEvent(1050, 1060, 1052, 0.8);

            EventScore s = SZCORE.score(List.of(ref(1040, 1070)), List.of(second, first), HOUR);

            assertCounts(s, 1, 1, 0, 1);
            assertThat(s.latencies()).containsExactly(new OnsetLatency(1040, 1000, 1004));
            assertThat(s.decisionLatency().medianSeconds()).isEqualTo(-36.0);
        }
    }

    @Nested
    class Splitting {

        @Test
        void aReferenceLongerThanFiveMinutesCountsAsSeveralEvents() {
            // [100, 700) -> [100, 400) and [400, 700); the hypothesis only reaches the first piece's window
            EventScore s = score(List.of(ref(100, 700)), hyp(100, 110));

            assertCounts(s, 2, 1, 0, 1);
            assertThat(s.sensitivity()).isEqualTo(0.5);
            assertThat(s.falseNegatives()).isEqualTo(1);
            assertThat(s.latencies()).hasSize(1);
        }

        @Test
        void exactlyFiveMinutesIsNotSplitButLongerIs() {
            assertCounts(score(List.of(ref(100, 400))), 1, 0, 0, 0);
            assertCounts(score(List.of(ref(100, 400.1))), 2, 0, 0, 0);
            assertCounts(score(List.of(ref(100, 1300))), 4, 0, 0, 0);
        }

        @Test
        void aLongHypothesisIsSplitAndItsPieceOutsideTheWindowIsAFalsePositive() {
            // timescoring's own case: reference [40, 60) (window [10, 120)), hypothesis [42, 425) ->
            // [42, 342) overlaps the detected window, [342, 425) does not
            EventScore s = score(List.of(ref(40, 60)), hyp(42, 425));

            assertCounts(s, 1, 1, 1, 2);
            assertThat(s.sensitivity()).isEqualTo(1.0);
            assertThat(s.precision()).isEqualTo(0.5);
            assertThat(s.falseAlarmsPer24h()).isEqualTo(24.0);
        }
    }

    @Test
    void oneHypothesisOverlappingTwoReferencesDetectsBoth() {
        EventScore s = score(List.of(ref(100, 130), ref(250, 280)), hyp(120, 260));

        assertCounts(s, 2, 2, 0, 1);
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.latencies()).extracting(OnsetLatency::onsetLatencySeconds).containsExactly(20.0, -130.0);
        assertThat(s.onsetLatency()).isEqualTo(new LatencySummary(2, -55.0, 20.0));
    }

    @Test
    void twoHypothesesOnOneReferenceAreOneTruePositiveAndNoFalseAlarm() {
        EventScore s = score(List.of(ref(1000, 1200)), hyp(1010, 1020), hyp(1150, 1160));

        assertCounts(s, 1, 1, 0, 2);
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.latencies()).containsExactly(new OnsetLatency(1000, 1010, Double.NaN));
    }

    @Test
    void aHypothesisPartlyOutsideTheWindowOfADetectedSeizureIsNoFalsePositive() {
        // timescoring (current): a hypothesis is false only when it overlaps no detected window at all
        assertCounts(score(List.of(ref(300, 360)), hyp(280, 500)), 1, 1, 0, 1);
    }

    @Test
    void falseAlarmsAreHypothesesOverlappingNoSeizureNormalisedToTwentyFourHours() {
        EventScore s = SZCORE.score(List.of(ref(1000, 1060)),
                List.of(hyp(1010, 1030), hyp(5000, 5010), hyp(9000, 9010), hyp(20000, 20005)), 12 * HOUR);

        assertCounts(s, 1, 1, 3, 4);
        assertThat(s.falseAlarmsPer24h()).isEqualTo(6.0);
        assertThat(s.precision()).isEqualTo(0.25);
        assertThat(s.f1()).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void withoutReferenceSensitivityIsNaNAndWithoutAnythingPrecisionToo() {
        EventScore falseAlarmOnly = score(List.of(), hyp(10, 20));
        assertThat(falseAlarmOnly.sensitivity()).isNaN();
        assertThat(falseAlarmOnly.precision()).isZero();
        assertThat(falseAlarmOnly.f1()).isNaN();

        EventScore nothing = score(List.of());
        assertThat(nothing.precision()).isNaN();
        assertThat(nothing.falseAlarmsPer24h()).isZero();
        assertThat(nothing.onsetLatency()).isEqualTo(new LatencySummary(0, Double.NaN, Double.NaN));

        EventScore missed = score(List.of(ref(10, 20)));
        assertThat(missed.sensitivity()).isZero();
        assertThat(missed.precision()).isNaN();
    }

    @Test
    void decisionLatencyComesFromTheDetectionsDecisionTime() {
        EventScore s = SZCORE.score(List.of(ref(300, 360)), List.of(new HypothesisEvent(290, 400, 305, 0.97)), HOUR);

        assertThat(s.latencies()).singleElement().satisfies(l -> {
            assertThat(l.onsetLatencySeconds()).isEqualTo(-10.0);
            assertThat(l.decisionLatencySeconds()).isEqualTo(5.0);
        });
    }

    @Test
    void poolingSumsCountsAndDurations() {
        EventScore first = score(List.of(ref(100, 160)), hyp(110, 130), hyp(2000, 2010));
        EventScore second = score(List.of(ref(100, 160), ref(1000, 1060)));

        EventScore total = EventScore.total(List.of(first, second));

        assertCounts(total, 3, 1, 1, 2);
        assertThat(total.recordingSeconds()).isEqualTo(2 * HOUR);
        assertThat(total.sensitivity()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(total.precision()).isEqualTo(0.5);
        assertThat(total.falseAlarmsPer24h()).isEqualTo(12.0);
        assertThat(total.latencies()).hasSize(1);
        assertThat(EventScore.total(List.of())).isEqualTo(EventScore.EMPTY);
    }

    @Test
    void zeroTolerancesAndNoMergingReduceToPlainAnyOverlap() {
        EventScoring plain = new EventScoring(new EventScoringSpec(0, 0, 0, Double.POSITIVE_INFINITY));

        EventScore s = plain.score(List.of(ref(40, 60), ref(100, 1000)),
                List.of(hyp(10, 20), hyp(42, 65), hyp(990, 995)), HOUR);

        // [10, 20) misses; [42, 65) overlaps [40, 60); [990, 995) overlaps the unsplit [100, 1000)
        assertCounts(s, 2, 2, 1, 3);
    }

    @Test
    void rejectsEventsStartingAfterTheRecordingAndBadDurations() {
        assertThatThrownBy(() -> SZCORE.score(List.of(ref(10, 20)), List.of(hyp(700, 710)), 600))
                .hasMessage("hypotheses[0].onsetSeconds: 700.0 (expected: < recordingSeconds 600.0)");
        assertThatThrownBy(() -> SZCORE.score(List.of(ref(600, 620)), List.of(), 600))
                .hasMessage("reference[0].onsetSeconds: 600.0 (expected: < recordingSeconds 600.0)");
        assertThatThrownBy(() -> SZCORE.score(List.of(), List.of(), 0))
                .hasMessage("recordingSeconds: 0.0 (expected: finite, > 0)");
        assertThatThrownBy(() -> new EventScoringSpec(30, 60, 90, 0))
                .hasMessage("maxEventSeconds: 0.0 (expected: > 0)");
    }
}
