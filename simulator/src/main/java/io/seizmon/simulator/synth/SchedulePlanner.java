package io.seizmon.simulator.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Draws a subject's schedule from its seed, before any sample is generated.
 *
 * <ol>
 *   <li>Vigilance states: a Markov chain of epochs ({@link BrainState#next}), durations uniform in each state's
 *       range.</li>
 *   <li>Seizures: a renewal process with the spec's mean rate and minimum onset-to-onset spacing (intervals are
 *       the spacing plus an exponential), log-uniform durations in the spec's range, each followed at once by its
 *       post-ictal suppression; a seizure whose suppression would not fit before the end is dropped.</li>
 *   <li>Every other kind: a Poisson number of events for the recording's hours, each placed at a uniformly drawn
 *       start where it fits (inside the recording, in its required state, away from other exclusive events by
 *       {@link #GUARD_SECONDS}); an event that finds no place in {@value #PLACEMENT_ATTEMPTS} tries is dropped.
 *       Mains episodes are scheduled only when the mains frequency is below {@value #MAX_TONE_FRACTION} × the
 *       sample rate (the amplifier's anti-alias filter would remove them otherwise).</li>
 * </ol>
 * Each kind draws from its own stream of the subject's seed, so a kind's rate does not reshuffle the seizures.
 * No event starts in the first {@value #LEAD_IN_SECONDS} s.
 */
final class SchedulePlanner {

    /** Least gap between two exclusive events, seconds. */
    static final double GUARD_SECONDS = 2;
    /** No event starts before this, seconds. */
    static final double LEAD_IN_SECONDS = 10;
    /** Highest tone the model renders, as a fraction of the sample rate (an anti-alias filter's pass band). */
    static final double MAX_TONE_FRACTION = 0.45;
    static final int PLACEMENT_ATTEMPTS = 50;
    private static final long STREAM_STATES = 1;
    private static final long STREAM_SEIZURES = 2;
    private static final long STREAM_KINDS = 100;

    private final SynthSpec spec;
    private final long subjectSeed;
    private final long totalSamples;
    private final double rate;
    private final long guardSamples;
    private final long leadInSamples;
    /** Exclusive intervals by start sample, each mapped to its end sample. */
    private final TreeMap<Long, Long> occupied = new TreeMap<>();
    private final TreeMap<Long, Long> mainsOccupied = new TreeMap<>();
    private long[] stateStarts;
    private List<StateEpoch> states;

    private SchedulePlanner(SynthSpec spec, long subjectSeed) {
        this.spec = spec;
        this.subjectSeed = subjectSeed;
        this.totalSamples = spec.totalSamples();
        this.rate = spec.sampleRateHz();
        this.guardSamples = Math.round(GUARD_SECONDS * rate);
        this.leadInSamples = Math.round(LEAD_IN_SECONDS * rate);
    }

    /** Draws the schedule of the subject whose seed is {@code subjectSeed} under {@code spec}. */
    static SubjectSchedule plan(SynthSpec spec, long subjectSeed) {
        return new SchedulePlanner(spec, subjectSeed).plan();
    }

    private SubjectSchedule plan() {
        states = drawStates(new Rng(Rng.derive(subjectSeed, STREAM_STATES)));
        stateStarts = states.stream().mapToLong(StateEpoch::startSample).toArray();
        List<SynthEvent> events = new ArrayList<>();
        placeSeizures(new Rng(Rng.derive(subjectSeed, STREAM_SEIZURES)), events);
        for (Map.Entry<EventKind, Double> entry : spec.eventsPerHour().entrySet()) {
            EventKind kind = entry.getKey();
            if (kind == EventKind.MAINS && spec.mainsHz() >= MAX_TONE_FRACTION * rate) {
                continue;
            }
            Rng rng = new Rng(Rng.derive(subjectSeed, STREAM_KINDS + kind.ordinal()));
            placeByRate(kind, entry.getValue(), rng, events);
        }
        events.sort(Comparator.comparingLong(SynthEvent::startSample).thenComparing(SynthEvent::kind));
        return new SubjectSchedule(states, events);
    }

    private List<StateEpoch> drawStates(Rng rng) {
        List<StateEpoch> epochs = new ArrayList<>();
        BrainState state = rng.chance(0.5) ? BrainState.WAKE_QUIET : BrainState.NREM;
        for (long start = 0; start < totalSamples; state = state.next(rng)) {
            double seconds = rng.uniform(state.minEpochSeconds, state.maxEpochSeconds);
            long end = Math.min(totalSamples, start + Math.max(1, Math.round(seconds * rate)));
            epochs.add(new StateEpoch(state, start, end));
            start = end;
        }
        return epochs;
    }

    private void placeSeizures(Rng rng, List<SynthEvent> events) {
        if (spec.seizuresPerDay() == 0) {
            return;
        }
        double meanSeconds = 86_400 / spec.seizuresPerDay();
        double spacing = spec.minSeizureSpacingSeconds();
        double onsetSeconds = LEAD_IN_SECONDS + rng.exponential(meanSeconds);
        while (true) {
            double seconds = rng.logUniform(spec.minSeizureSeconds(), spec.maxSeizureSeconds());
            double postictal = Math.min(EventKind.POSTICTAL.maxSeconds(), Math.max(EventKind.POSTICTAL.minSeconds(),
                    rng.uniform(0.3, 0.7) * seconds + rng.uniform(5, 15)));
            long start = Math.round(onsetSeconds * rate);
            long end = start + Math.max(1, Math.round(seconds * rate));
            long postEnd = end + Math.max(1, Math.round(postictal * rate));
            if (postEnd > totalSamples) {
                return;
            }
            events.add(new SynthEvent(EventKind.SEIZURE, start, end, SynthEvent.ALL_CHANNELS, rng.nextLong()));
            events.add(new SynthEvent(EventKind.POSTICTAL, end, postEnd, SynthEvent.ALL_CHANNELS, rng.nextLong()));
            occupied.put(start, postEnd);
            onsetSeconds = Math.max(onsetSeconds + spacing + rng.exponential(meanSeconds - spacing),
                    (postEnd + guardSamples) / rate);
        }
    }

    private void placeByRate(EventKind kind, double perHour, Rng rng, List<SynthEvent> events) {
        int count = rng.poisson(perHour * totalSamples / rate / 3600);
        for (int i = 0; i < count; i++) {
            long samples = Math.max(1, Math.round(rng.uniform(kind.minSeconds(), kind.maxSeconds()) * rate));
            int channel = kind == EventKind.POP ? (int) (rng.nextDouble() * spec.channelCount())
                    : SynthEvent.ALL_CHANNELS;
            long seed = rng.nextLong();
            long latest = totalSamples - samples;
            for (int attempt = 0; attempt < PLACEMENT_ATTEMPTS && latest >= leadInSamples; attempt++) {
                long start = leadInSamples + (long) (rng.nextDouble() * (latest - leadInSamples + 1));
                if (fits(kind, start, start + samples)) {
                    events.add(new SynthEvent(kind, start, start + samples, channel, seed));
                    (kind.exclusive() ? occupied : mainsOccupied).put(start, start + samples);
                    break;
                }
            }
        }
    }

    private boolean fits(EventKind kind, long start, long end) {
        if (kind.requiredState() != null && stateAt(start).group != kind.requiredState()) {
            return false;
        }
        return kind.exclusive() ? isFree(occupied, start - guardSamples, end + guardSamples)
                : isFree(mainsOccupied, start, end);
    }

    /** True when no interval of {@code intervals} overlaps [start, end). */
    private static boolean isFree(TreeMap<Long, Long> intervals, long start, long end) {
        Map.Entry<Long, Long> before = intervals.floorEntry(start);
        if (before != null && before.getValue() > start) {
            return false;
        }
        Long after = intervals.ceilingKey(start);
        return after == null || after >= end;
    }

    private BrainState stateAt(long sample) {
        int i = Arrays.binarySearch(stateStarts, sample);
        return states.get(i >= 0 ? i : -i - 2).state();
    }
}
