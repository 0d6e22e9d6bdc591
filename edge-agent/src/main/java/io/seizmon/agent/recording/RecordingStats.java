package io.seizmon.agent.recording;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The recorder's counters (monotonic totals, except {@link #filesOpen}). Thread-safe: written by the pipeline threads
 * (drops) and the {@code recording-writer} thread, read by the metrics scrape.
 */
public final class RecordingStats {

    final AtomicLong filesOpen = new AtomicLong();
    final AtomicLong filesClosed = new AtomicLong();
    final AtomicLong filesDeleted = new AtomicLong();
    final AtomicLong bytesWritten = new AtomicLong();
    final AtomicLong samplesClipped = new AtomicLong();
    final AtomicLong dropped = new AtomicLong();
    final AtomicLong writeErrors = new AtomicLong();
    final AtomicLong framesSkipped = new AtomicLong();
    final AtomicLong annotations = new AtomicLong();

    /** Files being written now. */
    public long filesOpen() {
        return filesOpen.get();
    }

    /** Files closed (complete, renamed to {@code .edf}) since start. */
    public long filesClosed() {
        return filesClosed.get();
    }

    /** Closed files deleted by retention (age or total size) since start. */
    public long filesDeleted() {
        return filesDeleted.get();
    }

    /** Bytes written to recording files (headers and data records). */
    public long bytesWritten() {
        return bytesWritten.get();
    }

    /** Samples beyond the physical range, written as the rail value. */
    public long samplesClipped() {
        return samplesClipped.get();
    }

    /** Items (frames, breaks, events) the recording queue had no room for: lost for the recording only. */
    public long dropped() {
        return dropped.get();
    }

    /** Failed opens, writes and closes (full disk, permissions, ...). */
    public long writeErrors() {
        return writeErrors.get();
    }

    /** Frames not recorded because their stream's recording was paused after a write error. */
    public long framesSkipped() {
        return framesSkipped.get();
    }

    /** Annotations added to files. */
    public long annotations() {
        return annotations.get();
    }
}
