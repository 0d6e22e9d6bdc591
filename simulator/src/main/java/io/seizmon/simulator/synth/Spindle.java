package io.seizmon.simulator.synth;

/**
 * One waxing-and-waning spindle: {@code peak · sin²(π·t/T) · sin(2π·f·t + φ)} over {@code T} seconds; silent between
 * spindles. Used for the unlabelled spindles of NREM sleep and for labelled spindle trains.
 *
 * <p>Allocation-free per sample; not thread-safe.
 */
final class Spindle {

    private final double sampleRateHz;
    private double cyclesPerSample;
    private double phase;
    private double peakMicrovolts;
    private long length;
    private long position;

    Spindle(double sampleRateHz) {
        this.sampleRateHz = sampleRateHz;
    }

    /** Starts a spindle now (replacing any running one). */
    void start(double seconds, double frequencyHz, double peakMicrovolts, double phase) {
        this.length = Math.max(1, Math.round(seconds * sampleRateHz));
        this.cyclesPerSample = Math.min(frequencyHz, SchedulePlanner.MAX_TONE_FRACTION * sampleRateHz)
                / sampleRateHz;
        this.peakMicrovolts = peakMicrovolts;
        this.phase = phase;
        this.position = 0;
    }

    /** Ends any running spindle. */
    void stop() {
        position = length;
    }

    /** True while a spindle is running. */
    boolean active() {
        return position < length;
    }

    /** Returns the next sample (0 when no spindle runs). */
    double next() {
        if (position >= length) {
            return 0;
        }
        double envelope = SineTable.sin(0.5 * position / length);
        position++;
        phase += cyclesPerSample;
        return peakMicrovolts * envelope * envelope * SineTable.sin(phase);
    }
}
