package io.seizmon.simulator.synth;

/**
 * Post-ictal suppression: adds nothing, and turns the background down to {@code s0} (0.1..0.35) at once, recovering
 * as {@code s0 + (1 - s0)·u²} over the event ({@code u} its progress), so it stays low most of the time and is back
 * to normal at the end.
 */
final class PostictalRenderer extends EventRenderer {

    private double floor;
    private double gain;

    PostictalRenderer(double sampleRateHz, SubjectProfile profile) {
        super(sampleRateHz, profile);
    }

    @Override
    protected void onBegin() {
        floor = rng.uniform(0.1, 0.35);
    }

    @Override
    double next() {
        double u = (double) position / length;
        gain = floor + (1 - floor) * u * u;
        position++;
        return 0;
    }

    @Override
    double backgroundGain() {
        return gain;
    }
}
