package io.seizmon.simulator.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchedulePlannerTest {

    private static final double DAYS = 30;
    private static final SynthSpec MONTH = SynthSpec.of(1000, DAYS * 86_400, 11).withChannelCount(3);
    private static final SubjectSchedule SCHEDULE = SchedulePlanner.plan(MONTH, MONTH.subjectSeed(0));

    @Test
    void statesAreContiguousAndCoverTheRecording() {
        List<StateEpoch> states = SCHEDULE.states();
        assertThat(states.get(0).startSample()).isZero();
        assertThat(states.get(states.size() - 1).endSample()).isEqualTo(MONTH.totalSamples());
        for (int i = 1; i < states.size(); i++) {
            assertThat(states.get(i).startSample()).isEqualTo(states.get(i - 1).endSample());
            assertThat(states.get(i).state()).isNotEqualTo(states.get(i - 1).state());
        }
        assertThat(states.stream().map(StateEpoch::state).distinct()).containsExactlyInAnyOrder(BrainState.values());
    }

    @Test
    void eventsAreSortedInsideTheRecordingAndExclusiveOnesKeepTheirGuard() {
        List<SynthEvent> events = SCHEDULE.events();
        long guard = Math.round(SchedulePlanner.GUARD_SECONDS * 1000);
        SynthEvent previousExclusive = null;
        for (int i = 0; i < events.size(); i++) {
            SynthEvent e = events.get(i);
            assertThat(e.startSample()).isGreaterThanOrEqualTo(Math.round(SchedulePlanner.LEAD_IN_SECONDS * 1000));
            assertThat(e.endSample()).isLessThanOrEqualTo(MONTH.totalSamples());
            if (i > 0) {
                assertThat(e.startSample()).isGreaterThanOrEqualTo(events.get(i - 1).startSample());
            }
            if (e.kind().exclusive()) {
                if (previousExclusive != null) {
                    long gap = e.startSample() - previousExclusive.endSample();
                    boolean seizureThenSuppression = previousExclusive.kind() == EventKind.SEIZURE
                            && e.kind() == EventKind.POSTICTAL;
                    assertThat(gap).as("gap before %s", e).isGreaterThanOrEqualTo(seizureThenSuppression ? 0 : guard);
                }
                previousExclusive = e;
            }
        }
    }

    @Test
    void everySeizureIsFollowedAtOnceByItsSuppressionAndSpacedFromTheNext() {
        List<SynthEvent> seizures = SCHEDULE.events(EventKind.SEIZURE);
        List<SynthEvent> suppressions = SCHEDULE.events(EventKind.POSTICTAL);
        assertThat(suppressions).hasSameSizeAs(seizures);
        for (int i = 0; i < seizures.size(); i++) {
            SynthEvent sz = seizures.get(i);
            assertThat(suppressions.get(i).startSample()).isEqualTo(sz.endSample());
            assertThat(sz.durationSeconds(1000)).isBetween(MONTH.minSeizureSeconds(), MONTH.maxSeizureSeconds());
            assertThat(suppressions.get(i).durationSeconds(1000)).isBetween(EventKind.POSTICTAL.minSeconds(),
                    EventKind.POSTICTAL.maxSeconds());
            if (i > 0) {
                assertThat(sz.startSample() - seizures.get(i - 1).startSample())
                        .isGreaterThanOrEqualTo(Math.round(MONTH.minSeizureSpacingSeconds() * 1000));
            }
        }
    }

    @Test
    void countsFollowTheConfiguredRates() {
        // Poisson counts over 30 days: the standard deviation is at most 6% of the mean at these rates.
        assertThat((double) SCHEDULE.events(EventKind.SEIZURE).size())
                .isCloseTo(DAYS * MONTH.seizuresPerDay(), within(0.25 * DAYS * MONTH.seizuresPerDay()));
        for (EventKind kind : MONTH.eventsPerHour().keySet()) {
            double expected = MONTH.eventsPerHour(kind) * DAYS * 24;
            assertThat((double) SCHEDULE.events(kind).size()).as(kind.toString())
                    .isCloseTo(expected, within(0.25 * expected));
        }
    }

    @Test
    void durationsStayInEachKindsRangeAndStateBoundKindsStartInTheirState() {
        for (SynthEvent e : SCHEDULE.events()) {
            EventKind kind = e.kind();
            if (kind.ratePerHour()) {
                assertThat(e.durationSeconds(1000)).as(e.toString()).isBetween(kind.minSeconds(), kind.maxSeconds());
            }
            if (kind.requiredState() != null) {
                assertThat(SCHEDULE.stateAt(e.startSample()).group).as(e.toString()).isEqualTo(kind.requiredState());
            }
            assertThat(e.channel()).isEqualTo(kind == EventKind.POP ? e.channel() : SynthEvent.ALL_CHANNELS);
        }
        assertThat(SCHEDULE.events(EventKind.POP).stream().map(SynthEvent::channel).distinct())
                .containsExactlyInAnyOrder(0, 1, 2);
    }

    @Test
    void anotherKindsRateDoesNotMoveTheSeizures() {
        SynthSpec day = SynthSpec.of(1000, 86_400, 5);
        SynthSpec moreChewing = day.withEventsPerHour(EventKind.CHEWING, 20).withEventsPerHour(EventKind.MAINS, 0);

        assertThat(SchedulePlanner.plan(moreChewing, 99).events(EventKind.SEIZURE))
                .isEqualTo(SchedulePlanner.plan(day, 99).events(EventKind.SEIZURE));
        assertThat(SchedulePlanner.plan(moreChewing, 99).events(EventKind.MAINS)).isEmpty();
    }

    @Test
    void mainsEpisodesNeedTheMainsFrequencyBelowTheAntiAliasEdge() {
        SynthSpec many = SynthSpec.of(128, 86_400, 5).withEventsPerHour(EventKind.MAINS, 2);

        assertThat(SchedulePlanner.plan(many, 1).events(EventKind.MAINS)).isNotEmpty();
        assertThat(SchedulePlanner.plan(many.withMainsHz(60), 1).events(EventKind.MAINS)).isEmpty();
        assertThat(SchedulePlanner.plan(many.withSampleRateHz(64), 1).events(EventKind.MAINS)).isEmpty();
    }

    @Test
    void noSeizuresAtRateZero() {
        assertThat(SchedulePlanner.plan(MONTH.withSeizuresPerDay(0), 3).events(EventKind.SEIZURE)).isEmpty();
    }
}
