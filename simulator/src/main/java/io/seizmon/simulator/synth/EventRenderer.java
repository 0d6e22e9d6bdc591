package io.seizmon.simulator.synth;

/**
 * Renders one kind of exclusive event, sample by sample. The generator calls {@link #begin} at the event's first
 * sample and then {@link #next()} exactly once per sample of the event; the renderer draws every parameter of the
 * event from the event's seed, so the same event renders the same samples wherever and however it is read.
 *
 * <p>Designed for extension by the renderers of this package only. Allocation-free per sample; not thread-safe.
 */
abstract class EventRenderer {

    protected final double sampleRateHz;
    protected final SubjectProfile profile;
    protected final Rng rng = new Rng(0);
    /** Samples rendered since {@link #begin}. */
    protected long position;
    /** Samples in the event. */
    protected long length;

    protected EventRenderer(double sampleRateHz, SubjectProfile profile) {
        this.sampleRateHz = sampleRateHz;
        this.profile = profile;
    }

    /** Starts rendering {@code event} from its first sample. */
    final void begin(SynthEvent event) {
        rng.reseed(event.seed());
        position = 0;
        length = event.samples();
        onBegin();
    }

    /** Draws the event's parameters from {@link #rng}. */
    protected abstract void onBegin();

    /** Returns the event's value at the next sample (µV, before the channel's gain) and advances. */
    abstract double next();

    /** Factor on the background at the sample last returned by {@link #next()}; 1 unless the event suppresses it. */
    double backgroundGain() {
        return 1;
    }

    /** Seconds from the event's start to the current sample. */
    protected final double seconds() {
        return position / sampleRateHz;
    }

    /** A fade-in and fade-out of {@code rampSamples} each (raised cosine) at the current position. */
    protected final double fade(long rampSamples) {
        long edge = Math.min(position + 1, length - position);
        if (edge >= rampSamples) {
            return 1;
        }
        double x = SineTable.sin(0.25 * edge / rampSamples);
        return x * x;
    }

    /** {@code seconds} as samples, at least 1. */
    protected final long samples(double seconds) {
        return Math.max(1, Math.round(seconds * sampleRateHz));
    }

    /** {@code hz} capped to the highest tone the model renders at this rate. */
    protected final double tone(double hz) {
        return Math.min(hz, 0.4 * sampleRateHz);
    }

    static double smoothstep(double x) {
        double t = Math.max(0, Math.min(1, x));
        return t * t * (3 - 2 * t);
    }
}
