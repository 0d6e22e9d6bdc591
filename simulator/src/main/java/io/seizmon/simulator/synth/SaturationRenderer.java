package io.seizmon.simulator.synth;

/**
 * Amplifier saturation: an offset of ±1.5-3 times the amplifier range rises within 10 ms, holds, and returns to zero
 * over the last 0.3 s (at most 20% of the event), so the clipped output sits at the rail for most of the event.
 */
final class SaturationRenderer extends EventRenderer {

    private final double rangeMicrovolts;
    private double offset;
    private long rise;
    private long tail;

    SaturationRenderer(double sampleRateHz, SubjectProfile profile, double amplifierRangeMicrovolts) {
        super(sampleRateHz, profile);
        this.rangeMicrovolts = amplifierRangeMicrovolts;
    }

    @Override
    protected void onBegin() {
        offset = rng.sign() * rangeMicrovolts * rng.uniform(1.5, 3);
        rise = samples(0.01);
        tail = Math.min(samples(0.3), Math.max(1, length / 5));
    }

    @Override
    double next() {
        double x;
        long left = length - position;
        if (position < rise) {
            x = offset * (position + 1) / rise;
        } else if (left <= tail) {
            double c = SineTable.cos(0.5 * (tail - left) / tail);
            x = offset * (0.5 + 0.5 * c);
        } else {
            x = offset;
        }
        position++;
        return x;
    }
}
