package io.seizmon.simulator.synth;

import java.util.Objects;

/**
 * One epoch of a vigilance state, in samples from the subject's first sample.
 *
 * @param state       the state
 * @param startSample first sample, &ge; 0
 * @param endSample   first sample after the epoch, &gt; startSample
 */
public record StateEpoch(BrainState state, long startSample, long endSample) {

    public StateEpoch {
        Objects.requireNonNull(state, "state");
        if (startSample < 0 || endSample <= startSample) {
            throw new IllegalArgumentException("samples: [" + startSample + ", " + endSample
                    + ") (expected: 0 <= start < end)");
        }
    }
}
