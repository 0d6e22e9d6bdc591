package io.seizmon.core.quality;

import io.seizmon.benchmarks.MicrosecondBenchmark;
import io.seizmon.core.EegLikeFrames;
import io.seizmon.core.feature.FeatureSpec;
import io.seizmon.core.feature.WelchPeriodogram;
import io.seizmon.core.wire.ChannelQuality;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * The gate on one channel's 5-s window that passes every check (so all run), with its own periodogram for the mains
 * check; the baseline is that periodogram's density alone, so the difference is the time-domain checks (one pass
 * over the window) and the mains ratio. With {@code IncrementalWindowFeatures} as the spectrum source the agent pays
 * only that difference (see {@code io.seizmon.core.ComputePathBenchmark}).
 */
public class SignalQualityGateBenchmark extends MicrosecondBenchmark {

    @Param({"1000", "173.61"})
    public double sampleRateHz;

    private SignalQualityGate gate;
    private WelchPeriodogram periodogram;
    private double[][] windows;
    private double[] density;
    private int next;

    @Setup
    public void setUp() {
        FeatureSpec spec = FeatureSpec.of(sampleRateHz);
        gate = new SignalQualityGate(QualitySpec.DEFAULT, spec);
        periodogram = new WelchPeriodogram(spec);
        density = new double[periodogram.welchBinCount()];
        windows = new double[8][];
        for (int w = 0; w < windows.length; w++) {
            windows[w] = EegLikeFrames.channel(sampleRateHz, spec.windowSeconds(), 100 + w);
            if (gate.assess(windows[w], 0) != ChannelQuality.OK) {
                throw new IllegalStateException("benchmark window " + w + " is refused: " + gate.assess(windows[w], 0));
            }
        }
    }

    @Benchmark
    public ChannelQuality assessWithOwnSpectrum() {
        return gate.assess(windows[next++ & 7], 0);
    }

    @Benchmark
    public double baselineDensityOnly() {
        periodogram.computeDensity(windows[next++ & 7], 0, density, 0);
        return density[50];
    }
}
