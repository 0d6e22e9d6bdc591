package io.seizmon.agent.recording;

import io.seizmon.agent.pipeline.StreamKey;
import io.seizmon.core.recording.Annotation;
import io.seizmon.core.recording.EdfPlusWriter;
import io.seizmon.core.recording.EdfSignalSpec;
import io.seizmon.core.recording.EdfWriterSpec;
import io.seizmon.core.window.WindowAssembler;
import io.seizmon.core.wire.EegFrame;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One stream's open EDF+C file: {@code <root>-<subject>-<yyyyMMdd'T'HHmmss'Z'>.edf.part} while written, renamed to
 * {@code .edf} by {@link #close}. The header's start is the first sample's UTC second; the sub-second rest is the
 * onset of the first record's time-keeping TAL. Data records of 1 s ({@code sampleRateHz} samples per channel, µV,
 * {@code ±physicalRange}); at most {@code maxRecords} of them. An incomplete last record is not written at close
 * (less than 1 s of signal: EDF records are whole, and no sample is invented).
 *
 * <p>Threading: owned by the {@code recording-writer} thread. Memory: one record buffer of {@code channels x rate}
 * doubles.
 */
final class StreamFile {

    static final String PART_SUFFIX = ".part";
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'",
            Locale.ROOT);
    private static final int ANNOTATION_BYTES_PER_RECORD = 1024;

    private final Path part;
    private final Path target;
    private final EdfPlusWriter writer;
    private final RecordingStats stats;
    private final int channelCount;
    private final int samplesPerRecord;
    private final double range;
    private final long startMicros;
    private final long headerSecondMicros;
    private final long maxRecords;
    private final long recordBytes;
    private final double[][] record;
    private int filled;
    private long records;
    private long expectedSequence;
    private long expectedStartMicros;

    private StreamFile(Path part, Path target, EdfPlusWriter writer, RecordingStats stats, EegFrame first,
                       long startMicros, RecordingSettings settings) {
        this.part = part;
        this.target = target;
        this.writer = writer;
        this.stats = stats;
        this.channelCount = first.channelCount();
        this.samplesPerRecord = (int) Math.round(first.sampleRateHz());
        this.range = settings.physicalRangeMicrovolts();
        this.startMicros = startMicros;
        this.headerSecondMicros = Math.floorDiv(startMicros, 1_000_000L) * 1_000_000L;
        this.maxRecords = settings.fileSeconds();
        this.recordBytes = 2L * channelCount * samplesPerRecord + ANNOTATION_BYTES_PER_RECORD;
        this.record = new double[channelCount][samplesPerRecord];
        this.expectedSequence = first.sequence();
        this.expectedStartMicros = first.firstSampleMicros();
    }

    /**
     * Creates the file of {@code key} whose first sample is at {@code startMicros} (µs since the epoch), with the
     * channel count and rate of {@code first}.
     *
     * @throws IOException              when the file cannot be created
     * @throws IllegalArgumentException when the time is outside EDF's years 1985-2084
     */
    static StreamFile open(Path directory, StreamKey key, EegFrame first, long startMicros, List<String> labels,
                           RecordingSettings settings, RecordingStats stats) throws IOException {
        int rate = (int) Math.round(first.sampleRateHz());
        List<EdfSignalSpec> signals = new ArrayList<>();
        for (int c = 0; c < first.channelCount(); c++) {
            signals.add(EdfSignalSpec.of(label(labels, c), "uV", -settings.physicalRangeMicrovolts(),
                    settings.physicalRangeMicrovolts(), rate));
        }
        long second = Math.floorDiv(startMicros, 1_000_000L);
        LocalDateTime start = LocalDateTime.ofEpochSecond(second, 0, ZoneOffset.UTC);
        String patient = fit(key.subjectId(), 60) + " X X X";
        String info = "X X seizmon-" + fit(settings.agentId(), 30) + " UTC" + (key.simulated() ? " simulated" : "");
        EdfWriterSpec spec = new EdfWriterSpec(start, 1, signals, patient, info, ANNOTATION_BYTES_PER_RECORD);
        Path target = freeName(directory, (key.simulated() ? "sim-" : "live-") + key.subjectId() + "-"
                + NAME_TIME.format(Instant.ofEpochSecond(second).atOffset(ZoneOffset.UTC)));
        Path part = target.resolveSibling(target.getFileName() + PART_SUFFIX);
        EdfPlusWriter writer = EdfPlusWriter.open(part, spec, startMicros - second * 1_000_000L);
        stats.bytesWritten.addAndGet(256L * (signals.size() + 2));
        stats.filesOpen.incrementAndGet();
        return new StreamFile(part, target, writer, stats, first, startMicros, settings);
    }

    /** True when {@code frame} continues this file's run: same channels, next sequence, time within tolerance. */
    boolean continues(EegFrame frame) {
        return frame.channelCount() == channelCount && frame.sequence() == expectedSequence
                && Math.round(frame.sampleRateHz()) == samplesPerRecord
                && Math.abs(frame.firstSampleMicros() - expectedStartMicros)
                <= WindowAssembler.DEFAULT_TOLERANCE_MICROS;
    }

    /**
     * Appends the frame's samples from index {@code from}; returns the index where it stopped: the frame's sample
     * count, or less when the file became full (then the rest belongs to the next file, starting at
     * {@link #endMicros}).
     */
    int append(EegFrame frame, int from) throws IOException {
        float[] samples = frame.samples();
        int n = frame.samplesPerChannel();
        int i = from;
        while (i < n && records < maxRecords) {
            int chunk = Math.min(n - i, samplesPerRecord - filled);
            for (int c = 0; c < channelCount; c++) {
                double[] dst = record[c];
                for (int k = 0, src = i * channelCount + c; k < chunk; k++, src += channelCount) {
                    dst[filled + k] = clip(samples[src]);
                }
            }
            i += chunk;
            filled += chunk;
            if (filled == samplesPerRecord) {
                writer.writeRecord(record);
                stats.bytesWritten.addAndGet(recordBytes);
                filled = 0;
                records++;
            }
        }
        expectedSequence = frame.sequence() + 1;
        expectedStartMicros = frame.endMicros();
        return i;
    }

    private double clip(float x) {
        if (x > range || x < -range) {
            stats.samplesClipped.incrementAndGet();
            return x > range ? range : -range;
        }
        return x;
    }

    /** True when the file holds {@code file-duration} of signal. */
    boolean full() {
        return records >= maxRecords;
    }

    /** The time just after the last complete record, µs since the epoch: the next file's start. */
    long endMicros() {
        return startMicros + records * 1_000_000L;
    }

    /** Queues an annotation at {@code atMicros} (µs since the epoch) relative to the header's start second. */
    void annotate(long atMicros, double durationSeconds, String text) {
        writer.addAnnotation(new Annotation((atMicros - headerSecondMicros) / 1e6, durationSeconds, text));
        stats.annotations.incrementAndGet();
    }

    /** Closes the writer (record count into the header) and renames the file to {@code .edf}; idempotent. */
    Path close() throws IOException {
        stats.filesOpen.decrementAndGet();
        try {
            writer.close();
        } finally {
            if (Files.exists(part)) {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        stats.filesClosed.incrementAndGet();
        return target;
    }

    /** Closes the writer after a failure; keeps the partial file for recovery at the next start. */
    void abandon() {
        stats.filesOpen.decrementAndGet();
        try {
            writer.close();
        } catch (IOException | RuntimeException e) {
            // already failing: the caller reported the first error; the .part file is recovered at the next start
        }
    }

    Path target() {
        return target;
    }

    private static Path freeName(Path directory, String base) {
        Path candidate = directory.resolve(base + ".edf");
        for (int k = 2; Files.exists(candidate) || Files.exists(candidate.resolveSibling(candidate.getFileName()
                + PART_SUFFIX)); k++) {
            candidate = directory.resolve(base + "-" + k + ".edf");
        }
        return candidate;
    }

    /** The EDF label: the metadata's label as printable ASCII, at most 16 characters; else {@code ch<i>}. */
    static String label(List<String> labels, int channel) {
        String label = labels != null && channel < labels.size() ? fit(labels.get(channel), 16) : "";
        return label.isBlank() || label.strip().equalsIgnoreCase("EDF Annotations") ? "ch" + channel : label;
    }

    private static String fit(String text, int max) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length() && b.length() < max; i++) {
            char ch = text.charAt(i);
            b.append(ch >= 0x20 && ch < 0x7f ? ch : '_');
        }
        return b.toString();
    }
}
