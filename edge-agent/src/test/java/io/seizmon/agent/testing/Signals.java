package io.seizmon.agent.testing;

import io.seizmon.core.wire.EegFrame;
import java.util.SplittableRandom;

/**
 * Synthetic frames for the agent's unit tests: a quiet background (red noise, AR(1) with coefficient 0.95 and about
 * 20 µV standard deviation, so most power sits below 40 Hz and the mains check stays quiet) and a "seizure" (the
 * same noise plus a 20-Hz sinusoid of 300 µV), so that a model keyed on the 20-Hz feature tells them apart: the
 * 20-Hz feature (log10 µV²) is about 0.7 for the background and about 4.5 for a seizure.
 */
public final class Signals {

    /** The frequency a seizure carries. */
    public static final int SEIZURE_HZ = 20;
    private static final double INNOVATION_MICROVOLTS = 6.2;
    private static final double AR = 0.95;
    private static final double SEIZURE_MICROVOLTS = 300;

    private final String subjectId;
    private final boolean simulated;
    private final int channels;
    private final double rateHz;
    private final long startMicros;
    private final SplittableRandom random;
    private long sequence;
    private long sample;
    private final double[] state;

    public Signals(String subjectId, boolean simulated, int channels, double rateHz, long startMicros, long seed) {
        this.subjectId = subjectId;
        this.simulated = simulated;
        this.channels = channels;
        this.rateHz = rateHz;
        this.startMicros = startMicros;
        this.random = new SplittableRandom(seed);
        this.state = new double[channels];
    }

    /** The next frame of {@code samplesPerChannel} samples; {@code seizure[c]} adds the 20-Hz rhythm to channel c. */
    public EegFrame next(int samplesPerChannel, boolean... seizure) {
        float[] samples = new float[samplesPerChannel * channels];
        for (int i = 0; i < samplesPerChannel; i++) {
            double t = (sample + i) / rateHz;
            for (int c = 0; c < channels; c++) {
                state[c] = AR * state[c] + INNOVATION_MICROVOLTS * gaussian();
                double v = state[c];
                if (c < seizure.length && seizure[c]) {
                    v += SEIZURE_MICROVOLTS * Math.sin(2 * Math.PI * SEIZURE_HZ * t);
                }
                samples[i * channels + c] = (float) v;
            }
        }
        EegFrame frame = new EegFrame(subjectId, simulated, sequence++, startMicros + Math.round(sample * 1e6 / rateHz),
                rateHz, channels, samplesPerChannel, samples);
        sample += samplesPerChannel;
        return frame;
    }

    /** Skips {@code frames} frames (their sequence numbers and time), as if they were lost. */
    public void skip(int frames, int samplesPerChannel) {
        sequence += frames;
        sample += (long) frames * samplesPerChannel;
    }

    private double gaussian() {
        double u = random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }
}
