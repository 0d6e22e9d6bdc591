package io.seizmon.agent.pipeline;

import io.seizmon.core.feature.FeatureSpec;
import io.seizmon.core.feature.IncrementalWindowFeatures;
import io.seizmon.core.feature.WindowFeatures;
import io.seizmon.core.quality.QualitySpec;
import io.seizmon.core.quality.SignalQualityGate;
import io.seizmon.core.window.Window;
import java.util.function.IntFunction;

/**
 * A stream's feature computation and quality gate. Incremental (the default): one
 * {@link IncrementalWindowFeatures} per stream, which transforms only the new Welch segments of each sliding
 * window, and a gate built on it, so the mains check and the features of a window share one set of transforms.
 * Otherwise one shared {@link WindowFeatures} and gate for all streams (no per-channel memory).
 *
 * @param features computes a channel's features, as {@link WindowFeatures#compute}
 * @param gate     the quality gate
 */
record StreamCompute(ChannelFeatures features, SignalQualityGate gate) {

    /** {@code WindowFeatures.compute}'s shape, shared by both implementations. */
    interface ChannelFeatures {
        boolean compute(Window window, int channel, float[] out, int offset);
    }

    /** Returns the factory (by channel count) for {@code spec}; all on the pipeline thread. */
    static IntFunction<StreamCompute> factory(FeatureSpec spec, QualitySpec quality, boolean incremental) {
        if (incremental) {
            return channels -> {
                IncrementalWindowFeatures features = new IncrementalWindowFeatures(spec, channels);
                return new StreamCompute(features::compute, new SignalQualityGate(quality, features));
            };
        }
        WindowFeatures shared = new WindowFeatures(spec);
        StreamCompute compute = new StreamCompute(shared::compute, new SignalQualityGate(quality, spec));
        return channels -> compute;
    }
}
