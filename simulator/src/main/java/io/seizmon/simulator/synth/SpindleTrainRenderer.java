package io.seizmon.simulator.synth;

/**
 * A train of high-amplitude sleep spindles (a seizure-like non-seizure): spindles of 0.5-2 s at the subject's
 * spindle frequency (±8%), peaks 1.2-2.5 times the subject's seizure RMS, separated by 0.2-1 s; no spindle starts
 * that would not end inside the event.
 */
final class SpindleTrainRenderer extends EventRenderer {

    private final Spindle spindle;
    private long quietUntil;

    SpindleTrainRenderer(double sampleRateHz, SubjectProfile profile) {
        super(sampleRateHz, profile);
        this.spindle = new Spindle(sampleRateHz);
    }

    @Override
    protected void onBegin() {
        spindle.stop();
        quietUntil = 0;
    }

    @Override
    double next() {
        if (!spindle.active() && position >= quietUntil) {
            double seconds = Math.min(rng.uniform(0.5, 2), (length - position) / sampleRateHz);
            if (seconds >= 0.3) {
                spindle.start(seconds, profile.spindleHz() * rng.uniform(0.92, 1.08),
                        profile.seizureMicrovolts() * rng.uniform(1.2, 2.5), rng.nextDouble());
            }
            quietUntil = position + samples(seconds) + samples(rng.uniform(0.2, 1));
        }
        position++;
        return spindle.next();
    }
}
