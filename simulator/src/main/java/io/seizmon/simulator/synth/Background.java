package io.seizmon.simulator.synth;

/**
 * The common background of a subject, in µV on the first channel: 1/f^β noise plus delta, theta and gamma rhythms
 * (narrow-band noise) mixed by the current vigilance state, and the unlabelled spindles of NREM sleep. State
 * changes cross-fade the mix with a time constant of {@value #STATE_TIME_CONSTANT_SECONDS} s.
 *
 * <p>Other channels add their own 1/f noise scaled by {@link #pinkMicrovolts()}; see {@link ChannelProfile}.
 * Allocation-free per sample; not thread-safe.
 */
final class Background {

    static final double STATE_TIME_CONSTANT_SECONDS = 3;
    static final double DELTA_BANDWIDTH_HZ = 1.5;
    static final double THETA_BANDWIDTH_HZ = 1.2;
    static final double GAMMA_BANDWIDTH_HZ = 12;
    static final double WARM_UP_SECONDS = 8;

    private final double sampleRateHz;
    private final SubjectProfile profile;
    private final Rng rng;
    private final PinkNoise pink;
    private final Resonator delta;
    private final Resonator theta;
    private final Resonator gamma;
    private final Spindle spindle;
    private final double smoothing;
    private final double thetaGain;
    private double pinkWeight;
    private double deltaWeight;
    private double thetaWeight;
    private double gammaWeight;
    private BrainState state;
    private long samplesToSpindle = Long.MAX_VALUE;

    Background(double sampleRateHz, SubjectProfile profile, Rng rng) {
        this.sampleRateHz = sampleRateHz;
        this.profile = profile;
        this.rng = rng;
        this.pink = new PinkNoise(sampleRateHz, profile.spectralExponent());
        this.delta = new Resonator(sampleRateHz, profile.deltaHz(), DELTA_BANDWIDTH_HZ);
        this.theta = new Resonator(sampleRateHz, profile.thetaHz(), THETA_BANDWIDTH_HZ);
        double gammaHz = Math.min(profile.gammaHz(), 0.4 * sampleRateHz);
        this.gamma = new Resonator(sampleRateHz, gammaHz, Math.min(GAMMA_BANDWIDTH_HZ, gammaHz / 2));
        this.spindle = new Spindle(sampleRateHz);
        this.thetaGain = profile.thetaGain();
        this.smoothing = 1 - Math.exp(-1 / (STATE_TIME_CONSTANT_SECONDS * sampleRateHz));
        pink.warmUp(rng, sampleRateHz, WARM_UP_SECONDS);
        for (long i = Math.round(WARM_UP_SECONDS * sampleRateHz); i > 0; i--) {
            double white = rng.gaussian();
            delta.next(white);
            theta.next(white);
            gamma.next(white);
        }
    }

    /** Switches the target mix to {@code next}; {@code immediately} skips the cross-fade (the first epoch). */
    void enter(BrainState next, boolean immediately) {
        state = next;
        if (immediately) {
            pinkWeight = next.pink;
            deltaWeight = next.delta;
            thetaWeight = next.theta;
            gammaWeight = next.gamma;
        }
        samplesToSpindle = next.spindlesPerMinute > 0 ? spindleInterval() : Long.MAX_VALUE;
    }

    /** Returns the next background sample, µV. */
    double next() {
        pinkWeight += smoothing * (state.pink - pinkWeight);
        deltaWeight += smoothing * (state.delta - deltaWeight);
        thetaWeight += smoothing * (state.theta - thetaWeight);
        gammaWeight += smoothing * (state.gamma - gammaWeight);
        double x = pinkWeight * pink.next(rng.gaussian());
        double white = rng.gaussian();
        x += deltaWeight * delta.next(white) + thetaGain * thetaWeight * theta.next(white)
                + gammaWeight * gamma.next(white);
        if (--samplesToSpindle <= 0) {
            spindle.start(rng.uniform(0.5, 1.5), profile.spindleHz() * rng.uniform(0.92, 1.08),
                    profile.backgroundMicrovolts() * rng.uniform(1.0, 2.5), rng.nextDouble());
            samplesToSpindle = spindleInterval();
        }
        return profile.backgroundMicrovolts() * x + spindle.next();
    }

    /** The current 1/f component's RMS, µV: the scale of the other channels' own background. */
    double pinkMicrovolts() {
        return profile.backgroundMicrovolts() * pinkWeight;
    }

    private long spindleInterval() {
        return Math.max(1, Math.round(rng.exponential(60 / state.spindlesPerMinute) * sampleRateHz));
    }
}
