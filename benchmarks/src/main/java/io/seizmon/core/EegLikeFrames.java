package io.seizmon.core;

import io.seizmon.core.wire.EegFrame;
import java.util.Random;

/**
 * A continuous multichannel stream of 100-ms frames of EEG-like signal (red noise with a 3-Hz pole plus an 8-Hz
 * rhythm, about 40 µV RMS) that the signal quality gate passes, so every benchmark runs every check. The samples
 * repeat every 64 frames; sequence numbers and time stamps keep counting.
 */
public final class EegLikeFrames {

    private static final int TEMPLATES = 64;

    private final double sampleRateHz;
    private final int channels;
    private final int samplesPerFrame;
    private final float[][] templates;
    private long sequence;

    public EegLikeFrames(double sampleRateHz, int channels, long seed) {
        this.sampleRateHz = sampleRateHz;
        this.channels = channels;
        this.samplesPerFrame = (int) Math.round(sampleRateHz / 10);
        Random random = new Random(seed);
        double pole = Math.exp(-2 * Math.PI * 3 / sampleRateHz);
        double[] state = new double[channels];
        templates = new float[TEMPLATES][samplesPerFrame * channels];
        for (int f = 0; f < TEMPLATES; f++) {
            for (int i = 0; i < samplesPerFrame; i++) {
                double t = (f * samplesPerFrame + i) / sampleRateHz;
                for (int c = 0; c < channels; c++) {
                    state[c] = pole * state[c] + 6 * random.nextGaussian();
                    templates[f][i * channels + c] = (float) (state[c] + 20 * Math.sin(2 * Math.PI * 8 * t + c)
                            + 0.5 * random.nextGaussian());
                }
            }
        }
    }

    /** The next frame of the stream (a new record over a reused sample array). */
    public EegFrame next() {
        long micros = Math.round(sequence * samplesPerFrame * 1e6 / sampleRateHz);
        float[] samples = templates[(int) (sequence % TEMPLATES)];
        return new EegFrame("bench", true, sequence++, micros, sampleRateHz, channels, samplesPerFrame, samples);
    }

    /** Frames per second of signal. */
    public int framesPerSecond() {
        return 10;
    }

    /** One channel's samples of {@code seconds} of the stream, for benchmarks that start from arrays. */
    public static double[] channel(double sampleRateHz, double seconds, long seed) {
        EegLikeFrames frames = new EegLikeFrames(sampleRateHz, 1, seed);
        double[] x = new double[(int) Math.round(seconds * sampleRateHz)];
        int n = 0;
        while (n < x.length) {
            float[] samples = frames.next().samples();
            for (int i = 0; i < samples.length && n < x.length; i++) {
                x[n++] = samples[i];
            }
        }
        return x;
    }
}
