package io.seizmon.simulator.synth;

/** Signal dropout: the generator writes exactly 0 µV on every channel; this renderer only keeps time. */
final class FlatlineRenderer extends EventRenderer {

    FlatlineRenderer(double sampleRateHz, SubjectProfile profile) {
        super(sampleRateHz, profile);
    }

    @Override
    protected void onBegin() {
        // Nothing to draw: a dropout has no shape.
    }

    @Override
    double next() {
        position++;
        return 0;
    }

    @Override
    double backgroundGain() {
        return 0;
    }
}
