package io.seizmon.core.feature;

import io.seizmon.benchmarks.MicrosecondBenchmark;
import java.util.Random;
import org.jtransforms.fft.DoubleFFT_1D;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Features of one channel's window: our Welch estimator against a baseline, a single whole-window periodogram
 * with JTransforms at the window's own (non-power-of-two) length, which allocates scratch on every call.
 */
public class WelchPeriodogramBenchmark extends MicrosecondBenchmark {

    @Param({"1000", "173.61"})
    public double sampleRateHz;

    @Param({"5"})
    public double windowSeconds;

    private WelchPeriodogram periodogram;
    private double[][] windows;
    private double[] features;
    private DoubleFFT_1D wholeWindowFft;
    private double[] wholeWindowBuffer;
    private int next;

    @Setup
    public void setUp() {
        FeatureSpec spec = FeatureSpec.of(sampleRateHz, windowSeconds);
        periodogram = new WelchPeriodogram(spec);
        Random random = new Random(7);
        windows = new double[16][spec.windowSamples()];
        for (double[] window : windows) {
            for (int i = 0; i < window.length; i++) {
                window[i] = random.nextGaussian() * 40 + 30 * Math.sin(2 * Math.PI * 8 * i / sampleRateHz);
            }
        }
        features = new double[spec.binCount()];
        wholeWindowFft = new DoubleFFT_1D(spec.windowSamples());
        wholeWindowBuffer = new double[spec.windowSamples()];
    }

    @Benchmark
    public double welchFeatures() {
        double[] window = windows[next++ & 15];
        periodogram.computeFeatures(window, 0, features, 0);
        return features[8];
    }

    /** Baseline: one un-tapered periodogram of the whole window at its own length, magnitudes summed. */
    @Benchmark
    public double baselineWholeWindowPeriodogram() {
        double[] window = windows[next++ & 15];
        System.arraycopy(window, 0, wholeWindowBuffer, 0, window.length);
        wholeWindowFft.realForward(wholeWindowBuffer);
        double sum = 0;
        for (int k = 2; k < wholeWindowBuffer.length - 1; k += 2) {
            sum += wholeWindowBuffer[k] * wholeWindowBuffer[k] + wholeWindowBuffer[k + 1] * wholeWindowBuffer[k + 1];
        }
        return sum;
    }
}
