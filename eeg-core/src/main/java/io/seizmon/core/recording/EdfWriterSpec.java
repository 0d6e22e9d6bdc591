package io.seizmon.core.recording;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What {@link EdfPlusWriter} writes: start, record duration, data signals, identification and the size of the
 * {@code EDF Annotations} signal.
 *
 * <p>Annotation signal sizing: each data record carries {@code annotationBytesPerRecord} bytes of TALs. The
 * record's time-keeping TAL ({@code +<onset>\x14\x14\0}) takes up to {@link #TIME_KEEPING_RESERVE} of them; the
 * rest holds annotations, as many per record as fit, the others moving on to later records. One annotation's TAL
 * ({@code +onset\x15duration\x14text\x14\0}, text in UTF-8) must fit the rest on its own.
 *
 * @param startTime                start of the recording (local clock, whole seconds are written)
 * @param recordDurationSeconds    duration of a data record, &gt; 0, at most 8 characters as a decimal (e.g. 0.5)
 * @param signals                  the data signals, at least one; the writer appends the annotation signal
 * @param patient                  EDF+ patient field: {@code code sex birthdate name}, unknowns as {@code X}
 * @param recordingInfo            EDF+ recording field after {@code Startdate dd-MMM-yyyy}: {@code admincode
 *                                 technician equipment [more]}, unknowns as {@code X}
 * @param annotationBytesPerRecord bytes of the annotation signal per record, even, from 64 to 65534
 */
public record EdfWriterSpec(LocalDateTime startTime, double recordDurationSeconds, List<EdfSignalSpec> signals,
                            String patient, String recordingInfo, int annotationBytesPerRecord) {

    /** Default annotation bytes per record: the time-keeping TAL plus roughly two short annotations. */
    public static final int DEFAULT_ANNOTATION_BYTES_PER_RECORD = 160;
    /** Bytes of each record's annotation signal kept for its time-keeping TAL. */
    public static final int TIME_KEEPING_RESERVE = 24;
    /** Patient field when nothing is known. */
    public static final String UNKNOWN_PATIENT = "X X X X";
    /** Recording subfields when nothing is known. */
    public static final String UNKNOWN_RECORDING = "X X X";

    public EdfWriterSpec {
        Objects.requireNonNull(startTime, "startTime");
        signals = List.copyOf(signals);
        if (signals.isEmpty()) {
            throw new IllegalArgumentException("signals: [] (expected: at least one data signal)");
        }
        if (!(recordDurationSeconds > 0) || EdfFields.format(recordDurationSeconds).length() > 8) {
            throw new IllegalArgumentException("recordDurationSeconds: " + recordDurationSeconds
                    + " (expected: > 0 and at most 8 characters as a decimal)");
        }
        EdfFields.checkAscii("patient", patient, 80);
        EdfFields.checkAscii("recordingInfo", recordingInfo, 80 - "Startdate dd-MMM-yyyy ".length());
        if (annotationBytesPerRecord < 64 || annotationBytesPerRecord > 65534 || annotationBytesPerRecord % 2 != 0) {
            throw new IllegalArgumentException("annotationBytesPerRecord: " + annotationBytesPerRecord
                    + " (expected: even, 64 to 65534)");
        }
        if (startTime.getYear() < 1985 || startTime.getYear() > 2084) {
            throw new IllegalArgumentException("startTime: " + startTime + " (expected: year 1985 to 2084)");
        }
    }

    /** Returns a spec with unknown patient and recording fields and the default annotation size. */
    public static EdfWriterSpec of(LocalDateTime startTime, double recordDurationSeconds, List<EdfSignalSpec> signals) {
        return new EdfWriterSpec(startTime, recordDurationSeconds, signals, UNKNOWN_PATIENT, UNKNOWN_RECORDING,
                DEFAULT_ANNOTATION_BYTES_PER_RECORD);
    }

    /** Returns this spec with another annotation signal size. */
    public EdfWriterSpec withAnnotationBytesPerRecord(int bytes) {
        return new EdfWriterSpec(startTime, recordDurationSeconds, signals, patient, recordingInfo, bytes);
    }
}
