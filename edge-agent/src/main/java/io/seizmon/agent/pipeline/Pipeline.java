package io.seizmon.agent.pipeline;

import io.seizmon.agent.config.AgentConfig;
import io.seizmon.agent.metrics.AgentMetrics;
import io.seizmon.core.detect.DetectionEvent;
import io.seizmon.core.detect.EventKind;
import io.seizmon.core.detect.WindowScore;
import io.seizmon.core.quality.QualitySpec;
import io.seizmon.core.window.GapMarker;
import io.seizmon.core.window.Window;
import io.seizmon.core.wire.AlertKind;
import io.seizmon.core.wire.ChannelQuality;
import io.seizmon.core.wire.EegFrame;
import io.seizmon.core.wire.RejectReason;
import io.seizmon.core.wire.ScoreUpdate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline thread's work: takes items from the {@link IngestQueue}, keeps every stream's state
 * ({@link StreamRegistry}), runs the quality gate and the features of each ready window, scores windows in batches
 * across streams (up to {@code maxBatch}; a batch is flushed when full, when the queue is empty, and before a stream
 * with rows in it moves on, so each policy sees its windows in order), feeds the detection policies and hands events
 * and scores to the {@link PipelineOutput}.
 *
 * <p>Threading: {@link #run} on one dedicated thread owns everything here; {@link #offerModel} and {@link #stop}
 * may be called from any thread. Nothing is allocated per sample; per window only the score records and events.
 */
public final class Pipeline implements Runnable, StreamState.WindowHandler {

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);
    private static final long POLL_MILLIS = 50;
    private static final long TICK_NANOS = 1_000_000_000L;

    private final IngestQueue queue;
    private final PipelineOutput output;
    private final AgentMetrics metrics;
    private final RejectionReporter rejections;
    private final LongSupplier nanoClock;
    private final AlertEventFactory alerts;
    private final StreamRegistry streams;
    private final ScoringBatch batch;
    private final AtomicReference<ScoringModel> pendingModel = new AtomicReference<>();
    private final AtomicLong progress = new AtomicLong();
    private final AtomicLong loops = new AtomicLong();
    private final String agentId;
    private final RawRecorder recorder;
    private ScoringModel model;
    private volatile boolean running = true;
    private long nextTickNanos;

    public Pipeline(AgentConfig config, QualitySpec quality, ScoringModel model, IngestQueue queue,
                    PipelineOutput output, AgentMetrics metrics, RejectionReporter rejections, LongSupplier nanoClock,
                    LongSupplier wallMicros) {
        this(config, quality, model, queue, output, metrics, rejections, nanoClock, wallMicros, RawRecorder.NONE);
    }

    /** As above, also handing accepted frames, breaks and events to {@code recorder}. */
    public Pipeline(AgentConfig config, QualitySpec quality, ScoringModel model, IngestQueue queue,
                    PipelineOutput output, AgentMetrics metrics, RejectionReporter rejections, LongSupplier nanoClock,
                    LongSupplier wallMicros, RawRecorder recorder) {
        this.recorder = recorder;
        this.queue = queue;
        this.output = output;
        this.metrics = metrics;
        this.rejections = rejections;
        this.nanoClock = nanoClock;
        this.model = model;
        this.agentId = config.id();
        this.alerts = new AlertEventFactory(config.id(), wallMicros);
        this.streams = new StreamRegistry(config, this, StreamCompute.factory(
                model.onnx().metadata().featureSpec(), quality, config.incrementalFeatures()));
        this.batch = new ScoringBatch(Math.min(config.maxBatch(), model.onnx().maxBatch()), model.binCount());
    }

    @Override
    public void run() {
        nextTickNanos = nanoClock.getAsLong() + TICK_NANOS;
        try {
            while (running) {
                step(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            flush();
        }
    }

    /** One turn of the loop: at most one item, a flush when the queue ran dry, the periodic checks when due. */
    void step(long pollMillis) throws InterruptedException {
        loops.lazySet(loops.get() + 1);
        Ingest item = queue.poll(pollMillis);
        if (item != null) {
            try {
                handle(item);
            } catch (RuntimeException e) {
                LOG.error("pipeline: item of stream {} failed, skipped: {}", item.key(), e.toString(), e);
            }
            progress.incrementAndGet();
        }
        if (item == null || queue.isEmpty()) {
            flush();
            swapModelIfOffered();
        }
        long now = nanoClock.getAsLong();
        if (now - nextTickNanos >= 0) {
            nextTickNanos = now + TICK_NANOS;
            tick();
        }
    }

    /** Stops the loop after the current item. */
    public void stop() {
        running = false;
    }

    /** Items processed so far (frames and metadata), for the watchdog. */
    public long progress() {
        return progress.get();
    }

    /** Turns of the loop so far, busy or idle: it stops growing only when the pipeline is stuck. */
    public long loops() {
        return loops.get();
    }

    /** Hands over a new, validated model; the pipeline switches to it between batches and closes the old one. */
    public void offerModel(ScoringModel next) {
        ScoringModel replaced = pendingModel.getAndSet(next);
        if (replaced != null) {
            replaced.onnx().close();
        }
    }

    /** The model in use (read by the status publisher; a swap replaces it). */
    public ScoringModel model() {
        return model;
    }

    private void handle(Ingest item) {
        if (item instanceof Ingest.Frame f) {
            StreamState stream = streams.streamFor(f.frame(), model.detection());
            if (stream != null) {
                collectOverflow(stream, f.frame().firstSampleMicros());
                stream.currentArrivalNanos = f.arrivalNanos();
                stream.lastArrivalNanos = f.arrivalNanos();
                stream.lost = false;
                if (stream.assembler.append(f.frame(), stream)) {
                    stream.lastFrameEndMicros = f.frame().endMicros();
                    recorder.onFrame(stream.key, f.frame(), stream.labels);
                }
            }
        } else if (item instanceof Ingest.Meta m) {
            StreamState gone = streams.onMeta(m.key(), m.meta());
            if (gone != null) {
                finish(gone);
            }
        }
        if (streams.takeChanged()) {
            output.onStreamsChanged(streams.keys(), model);
        }
    }

    private void collectOverflow(StreamState stream, long nowMicros) {
        long dropped = queue.takeOverflow(stream.key);
        if (dropped > 0) {
            for (long i = 0; i < dropped; i++) {
                rejections.report(RejectReason.QUEUE_OVERFLOW, stream.key.toString(), "queue full");
            }
            stream.assembler.markDropped(dropped, nowMicros, stream);
            emit(alerts.streamWide(stream, AlertKind.OVERLOAD, stream.lastFrameEndMicros, nowMicros, nowMicros,
                    dropped + " frames dropped: the agent's queue was full", model));
        }
    }

    @Override
    public void onWindow(StreamState stream, Window window) {
        if (stream.pendingRows > 0) {
            flush();
        }
        stream.beginWindow(window);
        for (int c = 0; c < stream.channelCount; c++) {
            if (stream.policies[c] == null) {
                continue;
            }
            ChannelQuality quality = stream.compute.gate().assess(window, c);
            if (quality.scoreable()) {
                if (stream.compute.features().compute(window, c, batch.features(), batch.nextOffset())) {
                    stream.quality[c] = ChannelQuality.OK;
                    stream.pendingRows++;
                    batch.add(stream, c);
                    if (batch.isFull()) {
                        flush();
                    }
                    continue;
                }
                quality = ChannelQuality.NON_FINITE;
            }
            stream.quality[c] = quality;
            metrics.windowPoor();
            stream.policies[c].onPoorSignal(stream.windowStartMicros, stream.windowEndMicros, quality.wireName());
        }
        stream.windowOpen = false;
        if (stream.pendingRows == 0) {
            completeWindow(stream);
        }
    }

    /** Scores the rows collected so far and dispatches each probability to its stream's channel policy. */
    void flush() {
        if (batch.isEmpty()) {
            return;
        }
        int rows = batch.size();
        long start = nanoClock.getAsLong();
        model.onnx().score(batch.features(), rows, batch.probabilities());
        metrics.inferenceNanos(nanoClock.getAsLong() - start);
        metrics.windowsScored(rows);
        float[] probabilities = batch.probabilities();
        for (int r = 0; r < rows; r++) {
            StreamState stream = batch.stream(r);
            int channel = batch.channel(r);
            double p = probabilities[r];
            if (Double.isNaN(p)) {
                stream.quality[channel] = ChannelQuality.NON_FINITE;
                stream.policies[channel].onPoorSignal(stream.windowStartMicros, stream.windowEndMicros, "non_finite");
            } else {
                p = Math.max(0, Math.min(1, p));
                stream.probabilities[channel] = p;
                stream.policies[channel].onScore(new WindowScore(stream.windowIndex, stream.windowStartMicros,
                        stream.windowEndMicros, p));
            }
            if (--stream.pendingRows == 0 && !stream.windowOpen) {
                completeWindow(stream);
            }
        }
        batch.clear();
    }

    private void completeWindow(StreamState stream) {
        metrics.latency().recordNanos(nanoClock.getAsLong() - stream.windowArrivalNanos);
        output.onScores(new ScoreUpdate(agentId, stream.key.subjectId(), stream.key.simulated(),
                stream.windowStartMicros, stream.windowEndMicros, stream.probabilities,
                Arrays.asList(stream.quality), model.detection().threshold(), model.modelId()));
    }

    @Override
    public void onGap(StreamState stream, GapMarker gap) {
        if (stream.pendingRows > 0) {
            flush();
        }
        metrics.gap(gap.reason());
        String reason = gap.reason() + (gap.missingFrames() > 0 ? ", " + gap.missingFrames() + " frames missing" : "");
        for (var policy : stream.policies) {
            if (policy != null) {
                policy.onGap(gap.fromMicros(), gap.toMicros(), reason);
            }
        }
        emit(alerts.streamWide(stream, AlertKind.SIGNAL_GAP, gap.fromMicros(), gap.toMicros(), gap.toMicros(),
                "signal gap: " + reason, model));
        recorder.onBreak(stream.key);
    }

    @Override
    public void onRejected(StreamState stream, EegFrame frame, RejectReason reason, String detail) {
        rejections.report(reason, stream.key + " seq " + frame.sequence(), detail);
    }

    @Override
    public void onDetection(StreamState stream, int channel, DetectionEvent event) {
        if (event.kind() != EventKind.SIGNAL_GAP) {
            emit(alerts.fromDetection(stream, channel, event, model));
        }
    }

    private void emit(io.seizmon.core.wire.AlertEvent event) {
        metrics.event();
        LOG.info("event {} {} {}{}: {}", event.kind().wireName(), event.subjectId(),
                event.channel().isPresent() ? "channel " + event.channel().getAsInt() : "stream",
                event.seizureNumber() > 0 ? " seizure " + event.seizureNumber() : "", event.detail());
        output.onAlert(event);
        recorder.onEvent(event);
    }

    private void tick() {
        long now = nanoClock.getAsLong();
        for (StreamState stream : new ArrayList<>(streams.states())) {
            collectOverflow(stream, stream.lastFrameEndMicros);
            if (!stream.lost && now - stream.lastArrivalNanos > streams.staleNanos()) {
                stream.lost = true;
                emit(alerts.streamWide(stream, AlertKind.SIGNAL_LOST, stream.lastFrameEndMicros, null,
                        stream.lastFrameEndMicros, "no frame for more than " + streams.staleNanos() / 1e9 + " s",
                        model));
                recorder.onBreak(stream.key);
            }
        }
    }

    private void finish(StreamState stream) {
        if (stream.pendingRows > 0) {
            flush();
        }
        for (var policy : stream.policies) {
            if (policy != null) {
                policy.finish(stream.lastFrameEndMicros);
            }
        }
        recorder.onBreak(stream.key);
    }

    private void swapModelIfOffered() {
        ScoringModel next = pendingModel.getAndSet(null);
        if (next == null) {
            return;
        }
        ScoringModel old = model;
        model = next;
        if (!next.detection().equals(old.detection())) {
            streams.resetPolicies(next.detection());
        }
        old.onnx().close();
        LOG.info("model swapped: {} ({}) -> {} ({}), detection {}", old.modelId(), old.sha256(), next.modelId(),
                next.sha256(), next.detection());
        output.onStreamsChanged(streams.keys(), model);
    }
}
