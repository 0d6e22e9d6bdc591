package io.seizmon.simulator.source;

import io.seizmon.core.recording.Annotation;
import io.seizmon.core.recording.EventsTsv;
import io.seizmon.core.recording.LabelledEvent;
import io.seizmon.core.recording.RecordingFormatException;
import io.seizmon.core.recording.RecordingHeader;
import io.seizmon.core.recording.RecordingOptions;
import io.seizmon.core.recording.RecordingReader;
import io.seizmon.core.recording.Recordings;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * A recording replayed as a {@link SampleSource}: EDF, EDF+, BDF, BDF+, CSV or one-value-per-line text, through
 * eeg-core's {@link Recordings#open}, one data record in memory at a time (a 24-hour file streams in constant
 * memory).
 *
 * <ul>
 *   <li><b>Signals</b>: see {@link SignalSelection} (one rate per stream; values converted to µV).</li>
 *   <li><b>Start</b>: {@link RecordingSourceOptions#startSeconds()} skips that much of the recording, rounded to a
 *       sample; sample 0 of the source is the first sample after it.</li>
 *   <li><b>Events</b>: from the given {@code events.tsv}, else from one beside the file
 *       ({@link EventsTsv#besideRecording}), else from the file's EDF+/BDF+ annotations. Onsets are made relative to
 *       the source's sample 0; events that ended before it are dropped, one still running keeps its negative onset.
 *       </li>
 *   <li><b>EDF+D</b>: the replay closes gaps between records (samples stay contiguous) and warns once per gap,
 *       naming its length; annotation onsets after a gap are then late by the gaps before them.</li>
 *   <li><b>Text formats</b>: the file is read through once at open to count its samples, so a malformed line fails
 *       at open, before anything is published.</li>
 * </ul>
 * Not thread-safe: one stream thread owns it (opening may happen on another thread before).
 */
public final class RecordingSource implements SampleSource {

    private static final double GAP_TOLERANCE_SECONDS = 1e-6;

    private final Path file;
    private final RecordingReader reader;
    private final SignalSelection selection;
    private final Consumer<String> warnings;
    private final double[][] record;
    private List<LabelledEvent> events = List.of();
    private double durationSeconds;
    private double previousOnsetSeconds;
    private int available;
    private int position;
    private boolean ended;

    private RecordingSource(Path file, RecordingReader reader, SignalSelection selection, Consumer<String> warnings) {
        this.file = file;
        this.reader = reader;
        this.selection = selection;
        this.warnings = warnings;
        int perRecord = reader.header().signal(selection.signals()[0]).samplesPerRecord();
        this.record = new double[selection.signals().length][perRecord];
    }

    /**
     * Opens {@code file} positioned at {@code options.startSeconds()}.
     *
     * @param warnings receives one line per thing the replay does differently from the file (skipped signals,
     *                 unknown units, EDF+D gaps)
     * @throws RecordingFormatException  naming file, offset and field for malformed content, a missing file, an
     *                                   unknown format, or a start beyond the end
     * @throws IllegalArgumentException  naming the file for a channel selection it cannot satisfy, or a text file
     *                                   without a rate
     * @throws IOException               when the file cannot be read
     */
    public static RecordingSource open(Path file, RecordingSourceOptions options, Consumer<String> warnings)
            throws IOException {
        RecordingReader reader = openReader(file, options);
        try {
            SignalSelection selection = SignalSelection.choose(reader.header(), options.channels(), warnings);
            RecordingSource source = new RecordingSource(file, reader, selection, warnings);
            source.seekStart(options);
            return source;
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    private static RecordingReader openReader(Path file, RecordingSourceOptions options) throws IOException {
        RecordingOptions recordingOptions = Double.isNaN(options.sampleRateHz()) ? RecordingOptions.DEFAULTS
                : RecordingOptions.DEFAULTS.withSampleRateHz(options.sampleRateHz());
        try {
            return Recordings.open(file, recordingOptions);
        } catch (NoSuchFileException e) {
            throw new RecordingFormatException(file, "no such file");
        } catch (AccessDeniedException e) {
            throw new RecordingFormatException(file, "permission denied");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage() + " (give it with --rate HZ)", e);
        }
    }

    /** Skips to the start, reads the events and the duration. */
    private void seekStart(RecordingSourceOptions options) throws IOException {
        RecordingHeader header = reader.header();
        long startSample = Math.round(options.startSeconds() * selection.sampleRateHz());
        long total = header.recordCount() >= 0 ? header.recordCount() * (long) record[0].length
                : countTextSamples(options);
        if (startSample >= total || !advance()) {
            throw new RecordingFormatException(file, "start " + options.startSeconds() + " s is at or beyond the end "
                    + "of the recording (" + total / selection.sampleRateHz() + " s)");
        }
        double firstSampleSeconds = previousOnsetSeconds + startSample / selection.sampleRateHz();
        long toSkip = startSample;
        while (toSkip >= available) {
            toSkip -= available;
            advance();
        }
        position = (int) toSkip;
        durationSeconds = (total - startSample) / selection.sampleRateHz();
        events = relativeEvents(readEvents(options), firstSampleSeconds);
    }

    private long countTextSamples(RecordingSourceOptions options) throws IOException {
        long samples = 0;
        try (RecordingReader counter = openReader(file, options)) {
            while (counter.nextRecord()) {
                samples += counter.samplesInRecord(0);
            }
        }
        return samples;
    }

    private List<LabelledEvent> readEvents(RecordingSourceOptions options) throws IOException {
        Path tsv = options.eventsFile() != null ? options.eventsFile() : EventsTsv.besideRecording(file).orElse(null);
        if (tsv != null) {
            try {
                return EventsTsv.read(tsv);
            } catch (NoSuchFileException e) {
                throw new RecordingFormatException(tsv, "no such events file");
            }
        }
        List<LabelledEvent> fromAnnotations = new ArrayList<>();
        for (Annotation annotation : reader.annotations()) {
            fromAnnotations.add(LabelledEvent.of(annotation));
        }
        return fromAnnotations;
    }

    private static List<LabelledEvent> relativeEvents(List<LabelledEvent> events, double firstSampleSeconds) {
        List<LabelledEvent> relative = new ArrayList<>();
        for (LabelledEvent e : events) {
            double onset = e.onsetSeconds() - firstSampleSeconds;
            double duration = Double.isNaN(e.durationSeconds()) ? 0 : e.durationSeconds();
            if (onset >= 0 || onset + duration > 0) {
                relative.add(new LabelledEvent(onset, e.durationSeconds(), e.eventType(), e.seizure(),
                        e.otherColumns()));
            }
        }
        relative.sort(Comparator.comparingDouble(LabelledEvent::onsetSeconds));
        return List.copyOf(relative);
    }

    @Override
    public String name() {
        return file.getFileName().toString();
    }

    @Override
    public double sampleRateHz() {
        return selection.sampleRateHz();
    }

    @Override
    public List<String> channelLabels() {
        return selection.labels();
    }

    @Override
    public double durationSeconds() {
        return durationSeconds;
    }

    @Override
    public List<LabelledEvent> events() {
        return events;
    }

    @Override
    public int read(float[] dst, int maxSamples) throws IOException {
        int channels = record.length;
        double[] factors = selection.microvoltsPerUnit();
        int n = 0;
        while (n < maxSamples && (position < available || advance())) {
            int take = Math.min(maxSamples - n, available - position);
            for (int i = 0; i < take; i++) {
                for (int c = 0; c < channels; c++) {
                    float value = (float) (record[c][position + i] * factors[c]);
                    if (!Float.isFinite(value)) {
                        throw new RecordingFormatException(file, "record " + reader.recordIndex() + ", sample "
                                + (position + i) + " of signal '" + selection.labels().get(c) + "': "
                                + record[c][position + i] + " does not fit a float32 µV value");
                    }
                    dst[(n + i) * channels + c] = value;
                }
            }
            n += take;
            position += take;
        }
        return n;
    }

    /** Loads the next record; false at the end. */
    private boolean advance() throws IOException {
        if (ended || !reader.nextRecord()) {
            ended = true;
            return false;
        }
        double onset = reader.recordOnsetSeconds();
        double expected = previousOnsetSeconds + reader.header().recordDurationSeconds();
        if (reader.recordIndex() > 0 && onset - expected > GAP_TOLERANCE_SECONDS) {
            warnings.accept(file + ": data record " + reader.recordIndex() + " starts " + (onset - expected)
                    + " s after the previous one ended (EDF+D gap): the replay closes it, so later annotations are "
                    + "late by as much");
        }
        previousOnsetSeconds = onset;
        int[] signals = selection.signals();
        for (int c = 0; c < signals.length; c++) {
            reader.readPhysical(signals[c], record[c], 0);
        }
        available = reader.samplesInRecord(signals[0]);
        position = 0;
        return true;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
