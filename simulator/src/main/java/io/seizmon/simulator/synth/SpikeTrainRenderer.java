package io.seizmon.simulator.synth;

/**
 * A brief spike train (a seizure-like non-seizure): spike-and-wave complexes of the subject's morphology at a fixed
 * rate of {@code base·(0.5..1.6)} with the same cycle jitter as a seizure, 0.7-1.3 times the seizure RMS, faded in
 * and out over 0.15 s; no frequency evolution, no build-up, no post-ictal suppression.
 */
final class SpikeTrainRenderer extends EventRenderer {

    private final SpikeWaveShape shape = new SpikeWaveShape();
    private double cyclesPerSample;
    private double late;
    private double amplitude;
    private double phase;
    private double cycleGain;
    private double cycleRate;
    private long ramp;

    SpikeTrainRenderer(double sampleRateHz, SubjectProfile profile) {
        super(sampleRateHz, profile);
    }

    @Override
    protected void onBegin() {
        double hz = profile.seizureBaseHz() * rng.uniform(0.5, 1.6);
        cyclesPerSample = hz / sampleRateHz;
        late = rng.uniform(0.4, 1);
        amplitude = profile.seizureMicrovolts() * rng.uniform(0.7, 1.3);
        double spikeWidthCycles = Math.min(0.12, profile.spikeWidthSeconds() * hz * rng.uniform(0.8, 1.2));
        shape.prepare(profile.earlyHarmonic(), spikeWidthCycles, profile.waveWeight() * rng.uniform(0.7, 1.3),
                profile.spikePolarity());
        phase = rng.nextDouble();
        cycleGain = 1;
        cycleRate = 1;
        ramp = Math.min(samples(0.15), Math.max(1, length / 4));
    }

    @Override
    double next() {
        phase += cyclesPerSample * cycleRate;
        if (phase >= 1) {
            phase -= 1;
            cycleGain = rng.uniform(0.75, 1.25);
            cycleRate = rng.uniform(0.92, 1.08);
        }
        double x = amplitude * cycleGain * fade(ramp) * shape.value(phase, late);
        position++;
        return x;
    }
}
