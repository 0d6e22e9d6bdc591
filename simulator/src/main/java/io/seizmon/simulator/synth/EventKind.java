package io.seizmon.simulator.synth;

import io.seizmon.core.recording.LabelledEvent;

/**
 * The kinds of scheduled events, each with the {@code trial_type} it is labelled with in {@code events.tsv} and
 * EDF+ annotations, and the range its duration is drawn from.
 *
 * <p>Exclusive kinds never overlap one another (a guard of {@link SchedulePlanner#GUARD_SECONDS} separates them);
 * mains episodes are external interference and overlap anything. Only {@link #SEIZURE} is a seizure by
 * {@link LabelledEvent#isSeizureType}; every other label is not.
 */
public enum EventKind {

    /** An evolving spike-wave seizure; duration from the spec's seizure range. */
    SEIZURE("sz", 10, 120, true, null),
    /** Post-ictal suppression right after each seizure; its duration follows the seizure's. */
    POSTICTAL("postictal", 10, 90, true, null),
    /** Movement: slow high-amplitude deflections with EMG, during wake. */
    MOVEMENT("artifact_movement", 1, 8, true, BrainState.Group.WAKE),
    /** Chewing: rhythmic EMG bursts at 4-8 Hz with jaw-movement potentials, during wake. */
    CHEWING("artifact_chewing", 2, 15, true, BrainState.Group.WAKE),
    /** Electrode pops: steps with exponential decay on one channel. */
    POP("artifact_pop", 0.5, 3, true, null),
    /** Mains interference at the spec's mains frequency and its third harmonic; overlaps anything. */
    MAINS("mains", 30, 600, false, null),
    /** The amplifier driven to its rail. */
    SATURATION("saturation", 1, 10, true, null),
    /** Signal dropout: every channel exactly 0 µV. */
    FLATLINE("flatline", 2, 60, true, null),
    /** Seizure-like non-seizure: a train of high-amplitude sleep spindles, during NREM sleep. */
    SPINDLE("spindle", 3, 15, true, BrainState.Group.NREM),
    /** Seizure-like non-seizure: a brief train of spike-wave complexes without evolution or suppression. */
    SPIKE_TRAIN("spike_train", 1, 8, true, null);

    private final String label;
    private final double minSeconds;
    private final double maxSeconds;
    private final boolean exclusive;
    private final BrainState.Group requiredState;

    EventKind(String label, double minSeconds, double maxSeconds, boolean exclusive,
              BrainState.Group requiredState) {
        this.label = label;
        this.minSeconds = minSeconds;
        this.maxSeconds = maxSeconds;
        this.exclusive = exclusive;
        this.requiredState = requiredState;
    }

    /** The {@code trial_type} / annotation text. */
    public String label() {
        return label;
    }

    /** Shortest duration drawn, in seconds (for seizures the spec's range applies instead). */
    public double minSeconds() {
        return minSeconds;
    }

    /** Longest duration drawn, in seconds (for seizures the spec's range applies instead). */
    public double maxSeconds() {
        return maxSeconds;
    }

    /** True when the kind never overlaps another exclusive event. */
    public boolean exclusive() {
        return exclusive;
    }

    /** True for the kinds scheduled at a rate per hour (all but seizures and post-ictal suppression). */
    public boolean ratePerHour() {
        return this != SEIZURE && this != POSTICTAL;
    }

    /** The state group an event of this kind starts in, or null when any state will do. */
    BrainState.Group requiredState() {
        return requiredState;
    }

    /** Returns the kind labelled {@code label}, or null. */
    public static EventKind ofLabel(String label) {
        for (EventKind kind : values()) {
            if (kind.label.equals(label)) {
                return kind;
            }
        }
        return null;
    }
}
