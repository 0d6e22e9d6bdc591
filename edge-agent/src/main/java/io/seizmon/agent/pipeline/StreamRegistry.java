package io.seizmon.agent.pipeline;

import io.seizmon.agent.config.AgentConfig;
import io.seizmon.core.detect.DetectionSpec;
import io.seizmon.core.window.WindowSpec;
import io.seizmon.core.wire.EegFrame;
import io.seizmon.core.wire.StreamMeta;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The streams the pipeline scores, created on their first selected frame with the channel count of their metadata
 * (or of that frame when no metadata came), replaced when new metadata changes the channel count, removed when the
 * publisher clears the metadata. With {@code stagger-windows} each new stream gets its own window phase: the k-th
 * stream's grid is shifted by {@code frac(k x 0.618...)} of a hop (the golden-ratio sequence, which spreads any
 * number of streams evenly over the hop), so streams that started together do not complete their windows together.
 * Threading: owned by the pipeline thread.
 */
final class StreamRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(StreamRegistry.class);
    /** (sqrt(5) - 1) / 2: its multiples modulo 1 fill an interval evenly, whatever their number. */
    private static final double GOLDEN_FRACTION = 0.6180339887498949;

    private final AgentConfig config;
    private final WindowSpec spec;
    private final StreamState.WindowHandler handler;
    private final IntFunction<StreamCompute> computeFactory;
    private final long staleNanos;
    private final Map<StreamKey, StreamState> states = new HashMap<>();
    private final Map<StreamKey, StreamMeta> metas = new HashMap<>();
    private boolean changed;
    private long streamsCreated;

    StreamRegistry(AgentConfig config, StreamState.WindowHandler handler, IntFunction<StreamCompute> computeFactory) {
        this.config = config;
        this.spec = config.windowSpec();
        this.handler = handler;
        this.computeFactory = computeFactory;
        this.staleNanos = config.staleTimeout().toNanos();
    }

    private int nextPhaseSamples() {
        long k = streamsCreated++;
        if (!config.staggerWindows()) {
            return 0;
        }
        double fraction = (k * GOLDEN_FRACTION) % 1.0;
        return Math.min(spec.hopSamples() - 1, (int) Math.floor(fraction * spec.hopSamples()));
    }

    /** The stream of a frame, created if new; null when the frame's subject is not selected. */
    StreamState streamFor(EegFrame frame, DetectionSpec currentDetection) {
        StreamKey key = new StreamKey(frame.subjectId(), frame.simulated());
        StreamState state = states.get(key);
        if (state != null) {
            return state;
        }
        if (!config.selects(key.subjectId(), key.simulated())) {
            return null;
        }
        StreamMeta meta = metas.get(key);
        int channels = meta != null ? meta.channelCount() : frame.channelCount();
        boolean[] selected = new boolean[channels];
        for (int c = 0; c < channels; c++) {
            selected[c] = config.selectsChannel(c);
        }
        state = new StreamState(key, channels, meta == null ? null : meta.channelLabels(), spec, nextPhaseSamples(),
                currentDetection, selected, computeFactory.apply(channels), handler);
        state.lastArrivalNanos = Long.MIN_VALUE / 2;
        states.put(key, state);
        changed = true;
        LOG.info("stream {} appeared: {} channels{}", key, channels, meta == null ? " (no metadata yet)" : "");
        return state;
    }

    /**
     * Records a stream's metadata (null: cleared). Returns the state to finish when the stream is gone or its
     * channel count changed, else null.
     */
    StreamState onMeta(StreamKey key, StreamMeta meta) {
        StreamState state = states.get(key);
        if (meta == null) {
            metas.remove(key);
            if (state != null) {
                LOG.info("stream {} cleared its metadata: gone", key);
                return remove(key);
            }
            return null;
        }
        metas.put(key, meta);
        if (meta.sampleRateHz() != spec.sampleRateHz()) {
            LOG.warn("stream {} announces {} Hz; the model scores {} Hz: its frames will be rejected "
                    + "(SAMPLE_RATE_MISMATCH)", key, meta.sampleRateHz(), spec.sampleRateHz());
        }
        if (state != null && state.channelCount != meta.channelCount()) {
            LOG.info("stream {} now has {} channels (was {}): starting afresh", key, meta.channelCount(),
                    state.channelCount);
            return remove(key);
        }
        if (state != null) {
            state.labels = meta.channelLabels();
        }
        return null;
    }

    private StreamState remove(StreamKey key) {
        changed = true;
        return states.remove(key);
    }

    /** Gives every stream's policies the new settings. */
    void resetPolicies(DetectionSpec newDetection) {
        for (StreamState state : states.values()) {
            boolean[] selected = new boolean[state.channelCount];
            for (int c = 0; c < selected.length; c++) {
                selected[c] = state.policies[c] != null;
            }
            state.resetPolicies(newDetection, selected);
        }
    }

    /** True once after the set of streams changed. */
    boolean takeChanged() {
        boolean was = changed;
        changed = false;
        return was;
    }

    Collection<StreamState> states() {
        return states.values();
    }

    Set<StreamKey> keys() {
        Set<StreamKey> keys = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
        keys.addAll(states.keySet());
        return keys;
    }

    long staleNanos() {
        return staleNanos;
    }
}
