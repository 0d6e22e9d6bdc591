package io.seizmon.agent.pipeline;

import io.seizmon.core.detect.DetectionPolicy;
import io.seizmon.core.detect.DetectionSpec;
import io.seizmon.core.window.GapMarker;
import io.seizmon.core.window.Window;
import io.seizmon.core.window.WindowAssembler;
import io.seizmon.core.window.WindowSink;
import io.seizmon.core.window.WindowSpec;
import io.seizmon.core.wire.ChannelQuality;
import io.seizmon.core.wire.EegFrame;
import io.seizmon.core.wire.RejectReason;
import java.util.Arrays;
import java.util.List;

/**
 * Everything the pipeline keeps for one stream: its window assembler, one detection policy per selected channel,
 * and the window being decided (its per-channel probabilities and quality until every row is scored).
 *
 * <p>Memory: the assembler's ring ({@code channels x windowSamples} floats) plus a few arrays per channel.
 * Threading: owned by the pipeline thread.
 */
final class StreamState implements WindowSink {

    final StreamKey key;
    final int channelCount;
    final WindowAssembler assembler;
    List<String> labels;
    final DetectionPolicy[] policies;
    final double[] probabilities;
    final StreamCompute compute;
    final ChannelQuality[] quality;
    private final WindowHandler handler;

    int pendingRows;
    boolean windowOpen;
    long windowIndex;
    long windowStartMicros;
    long windowEndMicros;
    long windowArrivalNanos;
    long currentArrivalNanos;
    long lastArrivalNanos;
    long lastFrameEndMicros;
    boolean lost;

    /** Callbacks of the pipeline for what the assembler produces. */
    interface WindowHandler {
        void onWindow(StreamState stream, Window window);

        void onGap(StreamState stream, GapMarker gap);

        void onRejected(StreamState stream, EegFrame frame, RejectReason reason, String detail);

        void onDetection(StreamState stream, int channel, io.seizmon.core.detect.DetectionEvent event);
    }

    /**
     * @param labels   channel labels from the stream's metadata, or null when it sent none
     * @param phaseSamples the shift of the stream's window grid ({@link WindowAssembler}), less than a hop
     * @param selected which channels get a policy (are scored)
     */
    StreamState(StreamKey key, int channelCount, List<String> labels, WindowSpec spec, int phaseSamples,
                DetectionSpec detection, boolean[] selected, StreamCompute compute, WindowHandler handler) {
        this.key = key;
        this.channelCount = channelCount;
        this.labels = labels;
        this.handler = handler;
        this.compute = compute;
        this.assembler = new WindowAssembler(key.subjectId(), key.simulated(), channelCount, spec,
                WindowAssembler.DEFAULT_TOLERANCE_MICROS, phaseSamples);
        this.policies = new DetectionPolicy[channelCount];
        this.probabilities = new double[channelCount];
        this.quality = new ChannelQuality[channelCount];
        resetPolicies(detection, selected);
    }

    /** Replaces every channel's policy (a new model's detection settings): histories start afresh. */
    void resetPolicies(DetectionSpec detection, boolean[] selected) {
        for (int c = 0; c < channelCount; c++) {
            final int channel = c;
            policies[c] = selected[c] ? new DetectionPolicy(detection, e -> handler.onDetection(this, channel, e))
                    : null;
        }
    }

    /** The label of a channel, or null when the stream sent no metadata. */
    String label(int channel) {
        return labels == null ? null : labels.get(channel);
    }

    void beginWindow(Window window) {
        windowOpen = true;
        windowIndex = window.index();
        windowStartMicros = window.startMicros();
        windowEndMicros = window.endMicros();
        windowArrivalNanos = currentArrivalNanos;
        pendingRows = 0;
        Arrays.fill(probabilities, Double.NaN);
        Arrays.fill(quality, ChannelQuality.NOT_SCORED);
    }

    @Override
    public void onWindow(Window window) {
        handler.onWindow(this, window);
    }

    @Override
    public void onGap(GapMarker gap) {
        handler.onGap(this, gap);
    }

    @Override
    public void onRejected(EegFrame frame, RejectReason reason, String detail) {
        handler.onRejected(this, frame, reason, detail);
    }
}
