package io.seizmon.simulator.synth;

/**
 * A chewing artefact: EMG bursts of 80-400 µV RMS gated at the chewing rate (4-8 Hz, gate
 * {@code max(0, sin 2πft)²}) plus a jaw-movement potential of 30-250 µV at the same rate, faded in and out over
 * 0.3 s. Rhythmic, high in line length and in power, like a seizure.
 */
final class ChewingRenderer extends EventRenderer {

    private final HighPassNoise emg;
    private double chewHz;
    private double jawPhase;
    private double emgAmplitude;
    private double jawAmplitude;
    private long ramp;

    ChewingRenderer(double sampleRateHz, SubjectProfile profile) {
        super(sampleRateHz, profile);
        this.emg = new HighPassNoise(sampleRateHz);
    }

    @Override
    protected void onBegin() {
        chewHz = tone(rng.uniform(4, 8));
        jawPhase = rng.nextDouble();
        emgAmplitude = rng.uniform(80, 400);
        jawAmplitude = rng.uniform(30, 250);
        ramp = Math.min(samples(0.3), Math.max(1, length / 4));
    }

    @Override
    double next() {
        double cycles = chewHz * seconds();
        double gate = Math.max(0, SineTable.sin(cycles));
        double x = emgAmplitude * gate * gate * emg.next(rng.gaussian())
                + jawAmplitude * SineTable.sin(cycles + jawPhase);
        x *= fade(ramp);
        position++;
        return x;
    }
}
