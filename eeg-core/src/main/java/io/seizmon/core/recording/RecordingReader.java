package io.seizmon.core.recording;

import java.io.IOException;
import java.util.List;

/**
 * A forward-only cursor over the data records of one recording.
 *
 * <p>A data record holds {@link SignalInfo#samplesPerRecord()} consecutive samples of every signal, covering
 * {@link RecordingHeader#recordDurationSeconds()} seconds. The reader keeps one record in a buffer it reuses, so
 * memory does not grow with the file's length. Typical use:
 * <pre>{@code
 * try (RecordingReader reader = Recordings.open(path, options)) {
 *     double[] buf = new double[reader.header().signal(0).samplesPerRecord()];
 *     while (reader.nextRecord()) {
 *         int n = reader.readPhysical(0, buf, 0);   // signal 0 of this record, physical units
 *         double t0 = reader.recordOnsetSeconds();  // seconds from the start time; gaps show in EDF+D
 *     }
 * }
 * }</pre>
 *
 * <p>Threading: not thread-safe; one thread owns a reader. Failure: an {@link IOException} (a
 * {@link RecordingFormatException} for malformed content) leaves the reader unusable except for {@link #close()}.
 */
public interface RecordingReader extends AutoCloseable {

    /** Returns the header; available right after opening, never null. */
    RecordingHeader header();

    /**
     * Advances to the next data record, reading it into the internal buffer.
     *
     * @return false when there is no further record (the cursor then stays past the end)
     * @throws RecordingFormatException when the record is malformed (the message names file and position)
     */
    boolean nextRecord() throws IOException;

    /** Returns the 0-based index of the current record, or -1 before the first {@link #nextRecord()}. */
    long recordIndex();

    /**
     * Returns the onset of the current record in seconds from the start time: from the record's time-keeping TAL
     * in EDF+/BDF+ (so EDF+D gaps are visible), {@code recordIndex() * recordDurationSeconds} otherwise.
     *
     * @throws IllegalStateException when there is no current record
     */
    double recordOnsetSeconds();

    /**
     * Returns how many samples of {@code signal} the current record holds: {@code samplesPerRecord}, except for a
     * text recording's last, shorter record.
     *
     * @throws IllegalStateException when there is no current record
     */
    int samplesInRecord(int signal);

    /**
     * Copies the current record's samples of {@code signal}, in physical units, into {@code dst} from {@code off}.
     * The caller owns {@code dst}; it needs room for {@link #samplesInRecord(int)} values.
     *
     * @return the number of values written
     * @throws IllegalArgumentException  when {@code signal} is out of range or is an annotation signal
     * @throws IndexOutOfBoundsException when {@code dst} is too short
     * @throws IllegalStateException     when there is no current record
     */
    int readPhysical(int signal, double[] dst, int off);

    /**
     * Returns every annotation of the recording in file order (EDF+/BDF+ TALs; empty for formats without any).
     * Reading them does not move the record cursor; the list is read once and kept (annotations are small).
     */
    List<Annotation> annotations() throws IOException;

    /** Releases the file. Idempotent. */
    @Override
    void close() throws IOException;
}
