package io.seizmon.simulator.synth;

/**
 * Mains pick-up: always present at the subject's baseline (0.3-3 µV), plus labelled episodes of 20-300 µV faded in
 * and out over 1 s. The tone is the mains frequency with a third harmonic of 5-30% (each only when below
 * {@link SchedulePlanner#MAX_TONE_FRACTION} × the rate, as after an anti-alias filter). Its phase runs continuously
 * from the first sample. Not exclusive: an episode overlaps any other event.
 *
 * <p>Allocation-free per sample; not thread-safe.
 */
final class MainsInterference {

    private final double cyclesPerSample;
    private final boolean fundamental;
    private final double thirdWeight;
    private final double thirdPhase;
    private final double baselineMicrovolts;
    private final double sampleRateHz;
    private final Rng episodeRng = new Rng(0);
    private double phase;
    private double episodeMicrovolts;
    private long episodeLength;
    private long episodePosition;
    private long ramp;

    MainsInterference(double sampleRateHz, double mainsHz, SubjectProfile profile, Rng rng) {
        this.sampleRateHz = sampleRateHz;
        this.cyclesPerSample = mainsHz / sampleRateHz;
        double maxTone = SchedulePlanner.MAX_TONE_FRACTION * sampleRateHz;
        this.fundamental = mainsHz < maxTone;
        double third = rng.uniform(0.05, 0.3);
        this.thirdWeight = 3 * mainsHz < maxTone ? third : 0;
        this.thirdPhase = rng.nextDouble();
        this.phase = rng.nextDouble();
        this.baselineMicrovolts = profile.mainsBaselineMicrovolts();
    }

    /** Starts a labelled episode at this sample. */
    void beginEpisode(SynthEvent event) {
        episodeRng.reseed(event.seed());
        episodeMicrovolts = episodeRng.uniform(20, 300);
        episodeLength = event.samples();
        episodePosition = 0;
        ramp = Math.min(Math.round(sampleRateHz), Math.max(1, episodeLength / 4));
    }

    /** Returns the next sample, µV on the first channel. */
    double next() {
        phase += cyclesPerSample;
        if (phase >= 1) {
            phase -= 1;
        }
        if (!fundamental) {
            return 0;
        }
        double amplitude = baselineMicrovolts;
        if (episodePosition < episodeLength) {
            long edge = Math.min(episodePosition + 1, episodeLength - episodePosition);
            double fade = edge >= ramp ? 1 : SineTable.sin(0.25 * edge / ramp);
            amplitude += episodeMicrovolts * fade * fade;
            episodePosition++;
        }
        return amplitude * (SineTable.sin(phase) + thirdWeight * SineTable.sin(3 * phase + thirdPhase));
    }
}
