package io.seizmon.agent.recording;

import io.seizmon.agent.pipeline.StreamKey;
import io.seizmon.core.wire.AlertEvent;
import io.seizmon.core.wire.AlertKind;
import io.seizmon.core.wire.EegFrame;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code recording-writer} thread's work: one {@link StreamFile} per stream, a new one after a break, a
 * discontinuity (a frame dropped anywhere before), a change of channels, or {@code file-duration}; every event as an
 * annotation in its stream's open file (or, when none is open, in the stream's next file). A write error ends the
 * stream's file, is counted and logged once per burst, and pauses that stream's recording for one file period
 * (by sample time); the other streams go on. Threading: one thread; not thread-safe.
 */
final class RecordingWriter {

    private static final Logger LOG = LoggerFactory.getLogger(RecordingWriter.class);
    private static final long ERROR_LOG_INTERVAL_NANOS = 60_000_000_000L;
    private static final int MAX_PENDING_ANNOTATIONS = 256;

    private final RecordingSettings settings;
    private final RecordingStats stats;
    private final RecordingDirectory directory;
    private final LongSupplier nanoClock;
    private final Map<StreamKey, StreamRecording> streams = new HashMap<>();
    private long lastErrorLogNanos;
    private long errorsNotLogged;
    private boolean errorLogged;

    /** One stream's recording state. */
    private static final class StreamRecording {
        StreamFile file;
        long pausedUntilMicros = Long.MIN_VALUE;
        final List<AlertEvent> pending = new ArrayList<>();
    }

    RecordingWriter(RecordingSettings settings, RecordingStats stats, RecordingDirectory directory,
                    LongSupplier nanoClock) {
        this.settings = settings;
        this.stats = stats;
        this.directory = directory;
        this.nanoClock = nanoClock;
    }

    void handle(RecordingItem item) {
        if (item instanceof RecordingItem.Frame f) {
            onFrame(f.key(), f.frame(), f.labels());
        } else if (item instanceof RecordingItem.Break b) {
            end(b.key(), streams.get(b.key()));
        } else if (item instanceof RecordingItem.Event e) {
            onEvent(e.event());
        }
    }

    private void onFrame(StreamKey key, EegFrame frame, List<String> labels) {
        StreamRecording stream = streams.computeIfAbsent(key, k -> new StreamRecording());
        if (frame.firstSampleMicros() < stream.pausedUntilMicros) {
            stats.framesSkipped.incrementAndGet();
            return;
        }
        if (stream.file != null && !stream.file.continues(frame)) {
            end(key, stream);
        }
        int from = 0;
        long startMicros = frame.firstSampleMicros();
        try {
            while (from < frame.samplesPerChannel()) {
                if (stream.file == null) {
                    stream.file = StreamFile.open(settings.directory(), key, frame, startMicros, labels, settings,
                            stats);
                    annotatePending(stream);
                }
                from = stream.file.append(frame, from);
                if (stream.file.full()) {
                    startMicros = stream.file.endMicros();
                    end(key, stream);
                }
            }
        } catch (IOException | RuntimeException e) {
            failed(key, stream, frame.firstSampleMicros(), e);
        }
    }

    private void onEvent(AlertEvent event) {
        StreamKey key = new StreamKey(event.subjectId(), event.simulated());
        StreamRecording stream = streams.computeIfAbsent(key, k -> new StreamRecording());
        if (stream.file == null) {
            if (stream.pending.size() < MAX_PENDING_ANNOTATIONS) {
                stream.pending.add(event);
            }
            return;
        }
        try {
            annotate(stream.file, event);
        } catch (RuntimeException e) {
            failed(key, stream, event.onsetMicros(), e);
        }
    }

    private void annotatePending(StreamRecording stream) {
        for (AlertEvent event : stream.pending) {
            annotate(stream.file, event);
        }
        stream.pending.clear();
    }

    private void annotate(StreamFile file, AlertEvent event) {
        boolean offset = event.kind() == AlertKind.SEIZURE_OFFSET && event.offsetMicros().isPresent();
        long at = offset ? event.offsetMicros().getAsLong() : event.onsetMicros();
        double duration = !offset && event.offsetMicros().isPresent()
                ? (event.offsetMicros().getAsLong() - event.onsetMicros()) / 1e6 : Double.NaN;
        file.annotate(at, duration, EventAnnotations.text(event));
    }

    /** Ends the stream's file (a break, a discontinuity, a full file, the stream gone). */
    private void end(StreamKey key, StreamRecording stream) {
        if (stream == null || stream.file == null) {
            return;
        }
        StreamFile file = stream.file;
        stream.file = null;
        try {
            file.close();
        } catch (IOException | RuntimeException e) {
            failed(key, stream, Long.MIN_VALUE, e);
        }
    }

    private void failed(StreamKey key, StreamRecording stream, long atMicros, Exception e) {
        stats.writeErrors.incrementAndGet();
        if (stream.file != null) {
            stream.file.abandon();
            stream.file = null;
        }
        if (atMicros != Long.MIN_VALUE) {
            stream.pausedUntilMicros = atMicros + settings.fileSeconds() * 1_000_000L;
        }
        long now = nanoClock.getAsLong();
        if (!errorLogged || now - lastErrorLogNanos >= ERROR_LOG_INTERVAL_NANOS) {
            LOG.error("recording of {} failed, paused for {} s{}: {}", key, settings.fileSeconds(),
                    errorsNotLogged > 0 ? " (" + errorsNotLogged + " more errors not logged)" : "", e.toString());
            errorLogged = true;
            lastErrorLogNanos = now;
            errorsNotLogged = 0;
        } else {
            errorsNotLogged++;
        }
    }

    /**
     * Runs retention (the writer thread's turn once a minute, not at every close: with hundreds of streams their files
     * close together, and one scan covers them all); errors are counted and logged.
     */
    void housekeeping() {
        try {
            directory.enforceRetention();
        } catch (IOException | RuntimeException e) {
            stats.writeErrors.incrementAndGet();
            LOG.warn("recording retention in {} failed: {}", settings.directory(), e.toString());
        }
    }

    /** Ends every open file (shutdown). */
    void closeAll() {
        for (Map.Entry<StreamKey, StreamRecording> e : streams.entrySet()) {
            end(e.getKey(), e.getValue());
        }
    }
}
