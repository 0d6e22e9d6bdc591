package io.seizmon.simulator.synth;

/**
 * The vigilance states of the background model, each with its mix of components (relative amplitudes, scaled by
 * the subject's background gain) and the range of its epoch durations. Transitions between them are smoothed over
 * {@link Background#STATE_TIME_CONSTANT_SECONDS}.
 */
public enum BrainState {

    //          pink  delta theta gamma spindles/min  epoch min..max s  group
    WAKE_ACTIVE(0.80, 0.15, 1.10, 0.12, 0.0, 60, 900, Group.WAKE),
    WAKE_QUIET(1.00, 0.45, 0.35, 0.06, 0.0, 60, 600, Group.WAKE),
    NREM(1.15, 1.30, 0.15, 0.03, 6.0, 120, 720, Group.NREM),
    REM(0.70, 0.15, 1.80, 0.10, 0.0, 30, 150, Group.REM);

    /** Coarse state groups: some event kinds only start in one. */
    public enum Group { WAKE, NREM, REM }

    final double pink;
    final double delta;
    final double theta;
    final double gamma;
    final double spindlesPerMinute;
    final double minEpochSeconds;
    final double maxEpochSeconds;
    final Group group;

    BrainState(double pink, double delta, double theta, double gamma, double spindlesPerMinute,
               double minEpochSeconds, double maxEpochSeconds, Group group) {
        this.pink = pink;
        this.delta = delta;
        this.theta = theta;
        this.gamma = gamma;
        this.spindlesPerMinute = spindlesPerMinute;
        this.minEpochSeconds = minEpochSeconds;
        this.maxEpochSeconds = maxEpochSeconds;
        this.group = group;
    }

    /**
     * Draws the state that follows this one: mice sleep in short bouts; REM follows NREM only.
     */
    BrainState next(Rng rng) {
        double u = rng.nextDouble();
        return switch (this) {
            case WAKE_ACTIVE -> u < 0.7 ? WAKE_QUIET : NREM;
            case WAKE_QUIET -> u < 0.35 ? WAKE_ACTIVE : NREM;
            case NREM -> u < 0.35 ? REM : u < 0.8 ? WAKE_QUIET : WAKE_ACTIVE;
            case REM -> u < 0.6 ? WAKE_QUIET : u < 0.85 ? WAKE_ACTIVE : NREM;
        };
    }
}
