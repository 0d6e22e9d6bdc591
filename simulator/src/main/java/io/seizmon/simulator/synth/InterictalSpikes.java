package io.seizmon.simulator.synth;

/**
 * Isolated, unlabelled interictal spikes at the subject's rate (a Poisson process): one spike-and-wave complex each,
 * {@code polarity · (w·G(φ; 0.6, 0.12) - G(φ; 0.3, σ))} over one cycle of the subject's seizure rhythm (G a
 * Gaussian bump of height 1, φ the phase in the cycle), 2 to 5 times the background RMS. They make single sharp
 * transients a normal part of the background, as they are in epileptic animals.
 *
 * <p>Allocation-free per sample; not thread-safe.
 */
final class InterictalSpikes {

    private final double sampleRateHz;
    private final SubjectProfile profile;
    private final Rng rng;
    private final double meanIntervalSeconds;
    private long samplesToSpike;
    private long length;
    private long position;
    private double amplitude;
    private double spikeWidthCycles;

    InterictalSpikes(double sampleRateHz, SubjectProfile profile, Rng rng) {
        this.sampleRateHz = sampleRateHz;
        this.profile = profile;
        this.rng = rng;
        this.meanIntervalSeconds = 3600 / profile.interictalSpikesPerHour();
        this.samplesToSpike = interval();
    }

    /** Returns the next sample, µV on the first channel before its seizure gain. */
    double next() {
        if (--samplesToSpike <= 0) {
            double hz = profile.seizureBaseHz() * rng.uniform(1.0, 1.5);
            length = Math.max(2, Math.round(sampleRateHz / hz));
            spikeWidthCycles = profile.spikeWidthSeconds() * hz;
            position = 0;
            amplitude = profile.spikePolarity() * profile.backgroundMicrovolts() * rng.uniform(2, 5);
            samplesToSpike = interval();
        }
        if (position >= length) {
            return 0;
        }
        double phi = (double) position++ / length;
        double spike = Math.exp(-0.5 * square((phi - 0.3) / spikeWidthCycles));
        double wave = Math.exp(-0.5 * square((phi - 0.6) / 0.12));
        return amplitude * (profile.waveWeight() * wave - spike);
    }

    private long interval() {
        return Math.max(1, Math.round(rng.exponential(meanIntervalSeconds) * sampleRateHz));
    }

    private static double square(double x) {
        return x * x;
    }
}
