package io.seizmon.simulator.synth;

import io.seizmon.core.recording.EdfPlusWriter;
import io.seizmon.core.recording.EdfSignalSpec;
import io.seizmon.core.recording.EdfWriterSpec;
import io.seizmon.core.recording.EventsTsv;
import io.seizmon.core.recording.LabelledEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes synthetic subjects as a BIDS-like folder that {@code Manifests.load(dir)} reads as continuous recordings:
 * <pre>
 * DIR/sub-&lt;id&gt;/sub-&lt;id&gt;_task-synth_eeg.edf      EDF+C, 1-s records, 16 bit, ± amplifier range in µV
 * DIR/sub-&lt;id&gt;/sub-&lt;id&gt;_task-synth_events.tsv   onset, duration, trial_type, channel (BIDS events)
 * </pre>
 * Every scheduled event is both an EDF+ annotation (text = its {@code trial_type}) and an events.tsv row; seizures
 * have type {@code sz}. Streams: one record of samples in memory at a time, whatever the duration.
 *
 * <p>Needs a whole number of Hz and of seconds ({@link #check}). Not thread-safe per call; calls for different
 * subjects may run in parallel.
 */
public final class SynthWriter {

    /** Start time written to every file (a fixed date keeps the files reproducible; 07:00 = lights on). */
    public static final LocalDateTime START_TIME = LocalDateTime.of(2024, 1, 1, 7, 0);
    /** The BIDS task label. */
    public static final String TASK = "synth";
    /** Conservative bytes per annotation TAL beyond its text (signs, onset, duration, separators). */
    private static final int TAL_OVERHEAD_BYTES = 48;

    /** Receives progress after each record; called on the writing thread. */
    public interface Progress {
        void onRecord(String subjectId, long samplesWritten, long totalSamples);
    }

    /**
     * What one subject's files hold.
     *
     * @param subjectId   e.g. {@code synth-01}
     * @param edfFile     the EDF+ file
     * @param eventsFile  the events.tsv file
     * @param events      every event written, in onset order
     * @param edfBytes    size of the EDF+ file
     * @param eventsBytes size of the events.tsv file
     */
    public record Result(String subjectId, Path edfFile, Path eventsFile, List<LabelledEvent> events, long edfBytes,
                         long eventsBytes) {

        public Result {
            events = List.copyOf(events);
        }

        /** Number of seizures written. */
        public long seizures() {
            return events.stream().filter(LabelledEvent::seizure).count();
        }
    }

    private SynthWriter() {
    }

    /** {@code DIR/sub-<id>/sub-<id>_task-synth_eeg.edf}. */
    public static Path edfPath(Path dir, String subjectId) {
        return dir.resolve("sub-" + subjectId).resolve("sub-" + subjectId + "_task-" + TASK + "_eeg.edf");
    }

    /** {@code DIR/sub-<id>/sub-<id>_task-synth_events.tsv}. */
    public static Path eventsPath(Path dir, String subjectId) {
        return dir.resolve("sub-" + subjectId).resolve("sub-" + subjectId + "_task-" + TASK + "_events.tsv");
    }

    /**
     * Checks that {@code spec} can be written with 1-s records.
     *
     * @throws IllegalArgumentException when the rate or the duration is not a whole number
     */
    public static void check(SynthSpec spec) {
        if (spec.sampleRateHz() != Math.rint(spec.sampleRateHz())) {
            throw new IllegalArgumentException("sampleRateHz: " + spec.sampleRateHz() + " (expected: a whole "
                    + "number of Hz, since the EDF+ file has 1-s records)");
        }
        if (spec.durationSeconds() != Math.rint(spec.durationSeconds())) {
            throw new IllegalArgumentException("durationSeconds: " + spec.durationSeconds() + " (expected: a whole "
                    + "number of seconds, since the EDF+ file has 1-s records)");
        }
    }

    /**
     * Writes subject {@code subjectIndex} of {@code spec} under {@code dir} (created when missing), replacing files
     * of the same name.
     *
     * @param progress called after every record, or null
     * @throws IllegalArgumentException when {@link #check} fails
     * @throws IOException              when a file cannot be written (the message names it)
     */
    public static Result write(SynthSpec spec, int subjectIndex, Path dir, Progress progress) throws IOException {
        check(spec);
        String id = SyntheticSource.subjectId(subjectIndex);
        Path edf = edfPath(dir, id);
        Path events = eventsPath(dir, id);
        Files.createDirectories(edf.getParent());
        try (SyntheticSource source = SyntheticSource.subject(spec, subjectIndex)) {
            writeEdf(source, edf, progress);
            EventsTsv.write(events, source.events());
            return new Result(id, edf, events, source.events(), Files.size(edf), Files.size(events));
        }
    }

    private static void writeEdf(SyntheticSource source, Path file, Progress progress) throws IOException {
        SynthSpec spec = source.spec();
        int perRecord = (int) spec.sampleRateHz();
        int channels = spec.channelCount();
        EdfWriterSpec edfSpec = edfSpec(source);
        float[] interleaved = new float[perRecord * channels];
        double[][] physical = new double[channels][perRecord];
        long total = spec.totalSamples();
        try (EdfPlusWriter writer = EdfPlusWriter.open(file, edfSpec)) {
            source.events().forEach(e -> writer.addAnnotation(e.toAnnotation()));
            for (long written = 0; written < total; written += perRecord) {
                int n = source.read(interleaved, perRecord);
                if (n != perRecord) {
                    throw new IllegalStateException(file + ": short record of " + n + " samples at sample "
                            + written + " (expected: " + perRecord + ")");
                }
                for (int i = 0, k = 0; i < perRecord; i++) {
                    for (int c = 0; c < channels; c++) {
                        physical[c][i] = interleaved[k++];
                    }
                }
                writer.writeRecord(physical);
                if (progress != null) {
                    progress.onRecord(source.name(), written + perRecord, total);
                }
            }
        }
    }

    private static EdfWriterSpec edfSpec(SyntheticSource source) {
        SynthSpec spec = source.spec();
        double range = spec.amplifierRangeMicrovolts();
        List<EdfSignalSpec> signals = new ArrayList<>();
        for (String label : source.channelLabels()) {
            signals.add(new EdfSignalSpec(label, "synthetic intracranial EEG", "uV", -range, range, Short.MIN_VALUE,
                    Short.MAX_VALUE, "", (int) spec.sampleRateHz()));
        }
        String patient = source.name() + " X X " + source.name();
        String recording = "X X seizmon-synth seed=" + spec.seed() + " subject=" + source.subjectIndex();
        return new EdfWriterSpec(START_TIME, 1, signals, patient, recording, annotationBytes(source.events(),
                spec.durationSeconds()));
    }

    /** Room per record for the time-keeping TAL, one more annotation, and an even share of all annotations. */
    private static int annotationBytes(List<LabelledEvent> events, double seconds) {
        long total = 0;
        int largest = 0;
        for (LabelledEvent e : events) {
            int tal = TAL_OVERHEAD_BYTES + e.eventType().getBytes(StandardCharsets.UTF_8).length;
            total += tal;
            largest = Math.max(largest, tal);
        }
        long records = Math.max(1, (long) seconds);
        long bytes = EdfWriterSpec.TIME_KEEPING_RESERVE + largest + (total + records - 1) / records;
        bytes = Math.max(EdfWriterSpec.DEFAULT_ANNOTATION_BYTES_PER_RECORD, bytes + (bytes & 1));
        return (int) Math.min(65534, bytes);
    }
}
