package io.seizmon.simulator.synth;

import io.seizmon.benchmarks.MicrosecondBenchmark;
import java.util.Random;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Generating one second of synthetic EEG (every channel) with the default event rates, against a baseline that
 * only fills the same buffer with {@link Random#nextGaussian()} white noise. One operation is one second of
 * signal, so 24 h of one subject costs 86,400 operations. Each iteration starts a fresh week-long subject, so the
 * source never runs out while measured.
 */
public class SyntheticSourceBenchmark extends MicrosecondBenchmark {

    @Param({"1", "4"})
    public int channels;

    @Param({"1000"})
    public int sampleRateHz;

    private SyntheticSource source;
    private float[] buffer;
    private Random random;

    @Setup(Level.Iteration)
    public void setUp() {
        SynthSpec spec = SynthSpec.of(sampleRateHz, 7 * 86_400, 3).withChannelCount(channels);
        source = SyntheticSource.subject(spec, 0);
        buffer = new float[sampleRateHz * channels];
        random = new Random(3);
    }

    /** One second of a synthetic subject. */
    @Benchmark
    public float synthesiseOneSecond() {
        source.read(buffer, sampleRateHz);
        return buffer[buffer.length - 1];
    }

    /** Baseline: one second of Gaussian white noise, no model at all. */
    @Benchmark
    public float gaussianNoiseBaseline() {
        for (int i = 0; i < buffer.length; i++) {
            buffer[i] = (float) (random.nextGaussian() * 50);
        }
        return buffer[buffer.length - 1];
    }
}
