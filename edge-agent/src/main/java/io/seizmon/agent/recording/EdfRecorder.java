package io.seizmon.agent.recording;

import io.seizmon.agent.pipeline.RawRecorder;
import io.seizmon.agent.pipeline.StreamKey;
import io.seizmon.core.wire.AlertEvent;
import io.seizmon.core.wire.EegFrame;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records the raw streams to rolling EDF+ files with every event as an annotation ({@code seizmon.agent.recording}).
 *
 * <p>The pipeline threads call {@link #onFrame}, {@link #onBreak} and {@link #onEvent}: each only offers an item to
 * a bounded queue (at most {@code queueMaxSamples} samples and {@value #MAX_ITEMS} items) and never blocks or
 * touches the disk. When the queue is full the item is dropped for the recording only, counted
 * ({@link RecordingStats#dropped}) and logged at most every 10 s; the stream's file ends at the hole, since the
 * writer starts a new file at the next frame that does not follow on (by sequence and time). One
 * {@code recording-writer} thread ({@link #start}) takes the items and writes the files ({@link RecordingWriter}).
 *
 * <p>{@link #close} writes what is queued, closes every file (record count in the header, renamed from
 * {@code .edf.part} to {@code .edf}) and stops the thread. Files left as {@code .edf.part} by a crash are finished
 * when the next recorder is created. Thread-safe.
 */
public final class EdfRecorder implements RawRecorder, AutoCloseable {

    /** Most items waiting for the writer thread, whatever their size. */
    public static final int MAX_ITEMS = 65_536;
    private static final Logger LOG = LoggerFactory.getLogger(EdfRecorder.class);
    private static final long POLL_MILLIS = 200;
    private static final long HOUSEKEEPING_NANOS = 60_000_000_000L;
    private static final long DROP_LOG_INTERVAL_NANOS = 10_000_000_000L;

    private final RecordingSettings settings;
    private final RecordingStats stats = new RecordingStats();
    private final ArrayBlockingQueue<RecordingItem> queue = new ArrayBlockingQueue<>(MAX_ITEMS);
    private final AtomicLong queuedSamples = new AtomicLong();
    private final AtomicLong lastDropLogNanos = new AtomicLong(Long.MIN_VALUE);
    private final AtomicLong droppedAtLastLog = new AtomicLong();
    private final RecordingWriter writer;
    private final LongSupplier nanoClock;
    private final Thread thread;
    private volatile boolean running = true;

    /**
     * Creates the directory if needed and finishes the leftovers of an unclean stop; {@link #start} starts writing.
     * Never throws for the disk: a directory that cannot be created or read is logged and counted as a write error,
     * and each stream's file is tried again every file period.
     */
    public EdfRecorder(RecordingSettings settings, LongSupplier nanoClock, LongSupplier wallMillis) {
        this.settings = settings;
        this.nanoClock = nanoClock;
        RecordingDirectory directory = new RecordingDirectory(settings, wallMillis, stats);
        try {
            Files.createDirectories(settings.directory());
            directory.recoverLeftovers();
        } catch (IOException | RuntimeException e) {
            stats.writeErrors.incrementAndGet();
            LOG.error("recording directory {}: {}; each stream's recording is retried every file period",
                    settings.directory(), e.toString());
        }
        this.writer = new RecordingWriter(settings, stats, directory, nanoClock);
        writer.housekeeping();
        this.thread = new Thread(this::run, "recording-writer");
        thread.setDaemon(true);
    }

    /** Starts the {@code recording-writer} thread. */
    public void start() {
        thread.start();
    }

    @Override
    public void onFrame(StreamKey key, EegFrame frame, List<String> labels) {
        long samples = frame.samples().length;
        if (queuedSamples.addAndGet(samples) > settings.queueMaxSamples()) {
            queuedSamples.addAndGet(-samples);
            drop();
            return;
        }
        if (!offer(new RecordingItem.Frame(key, frame, labels))) {
            queuedSamples.addAndGet(-samples);
        }
    }

    @Override
    public void onBreak(StreamKey key) {
        offer(new RecordingItem.Break(key));
    }

    @Override
    public void onEvent(AlertEvent event) {
        offer(new RecordingItem.Event(event));
    }

    private boolean offer(RecordingItem item) {
        if (running && queue.offer(item)) {
            return true;
        }
        drop();
        return false;
    }

    private void drop() {
        long dropped = stats.dropped.incrementAndGet();
        long now = nanoClock.getAsLong();
        long last = lastDropLogNanos.get();
        if ((last == Long.MIN_VALUE || now - last >= DROP_LOG_INTERVAL_NANOS)
                && lastDropLogNanos.compareAndSet(last, now)) {
            long since = dropped - droppedAtLastLog.getAndSet(dropped);
            LOG.warn("recording queue full: {} items dropped for the recording ({} in all); the files end at the hole",
                    since, dropped);
        }
    }

    private void run() {
        long nextHousekeeping = nanoClock.getAsLong() + HOUSEKEEPING_NANOS;
        try {
            while (running || !queue.isEmpty()) {
                RecordingItem item = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (item != null) {
                    handle(item);
                }
                if (nanoClock.getAsLong() - nextHousekeeping >= 0) {
                    nextHousekeeping = nanoClock.getAsLong() + HOUSEKEEPING_NANOS;
                    writer.housekeeping();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            writer.closeAll();
        }
    }

    /** Handles every queued item on the calling thread: only for a recorder whose thread was never started. */
    void drain() {
        if (thread.getState() != Thread.State.NEW) {
            throw new IllegalStateException("drain: the recording-writer thread runs");
        }
        for (RecordingItem item = queue.poll(); item != null; item = queue.poll()) {
            handle(item);
        }
    }

    private void handle(RecordingItem item) {
        if (item instanceof RecordingItem.Frame f) {
            queuedSamples.addAndGet(-f.frame().samples().length);
        }
        try {
            writer.handle(item);
        } catch (RuntimeException e) {
            stats.writeErrors.incrementAndGet();
            LOG.error("recording: item {} failed, skipped: {}", item.getClass().getSimpleName(), e.toString(), e);
        }
    }

    /** The counters (metrics). */
    public RecordingStats stats() {
        return stats;
    }

    /** Items waiting for the writer thread. */
    public int queueDepth() {
        return queue.size();
    }

    /** Where the files go. */
    public RecordingSettings settings() {
        return settings;
    }

    /**
     * Stops taking items, writes those queued, closes every file and waits up to {@code timeoutMillis} for the
     * writer thread (files not closed by then stay {@code .edf.part} and are finished at the next start).
     */
    public void close(long timeoutMillis) throws InterruptedException {
        running = false;
        if (thread.isAlive()) {
            thread.join(timeoutMillis);
        } else if (thread.getState() == Thread.State.NEW) {
            drain();
            writer.closeAll();
        }
    }

    @Override
    public void close() throws InterruptedException {
        close(5000);
    }
}
