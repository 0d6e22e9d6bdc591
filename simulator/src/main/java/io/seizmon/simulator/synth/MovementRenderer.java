package io.seizmon.simulator.synth;

/**
 * A movement artefact: two slow deflections (0.3-2 Hz, 150-900 µV, at most 45% of the amplifier range; and 1-4 Hz
 * at 20-60% of that) plus muscle EMG of 30-300 µV RMS, faded in and out over up to 0.5 s.
 */
final class MovementRenderer extends EventRenderer {

    private final HighPassNoise emg;
    private final double maxMicrovolts;
    private double slowHz;
    private double slowPhase;
    private double slowAmplitude;
    private double fastHz;
    private double fastPhase;
    private double fastAmplitude;
    private double emgAmplitude;
    private long ramp;

    MovementRenderer(double sampleRateHz, SubjectProfile profile, double amplifierRangeMicrovolts) {
        super(sampleRateHz, profile);
        this.emg = new HighPassNoise(sampleRateHz);
        this.maxMicrovolts = 0.45 * amplifierRangeMicrovolts;
    }

    @Override
    protected void onBegin() {
        slowHz = rng.uniform(0.3, 2);
        slowPhase = rng.nextDouble();
        slowAmplitude = rng.sign() * Math.min(maxMicrovolts, rng.uniform(150, 900));
        fastHz = rng.uniform(1, 4);
        fastPhase = rng.nextDouble();
        fastAmplitude = slowAmplitude * rng.uniform(0.2, 0.6);
        emgAmplitude = rng.uniform(30, 300);
        ramp = Math.min(samples(0.5), Math.max(1, length / 4));
    }

    @Override
    double next() {
        double t = seconds();
        double x = slowAmplitude * SineTable.sin(slowHz * t + slowPhase)
                + fastAmplitude * SineTable.sin(fastHz * t + fastPhase)
                + emgAmplitude * emg.next(rng.gaussian());
        x *= fade(ramp);
        position++;
        return x;
    }
}
