package io.seizmon.modelexport.metrics;

import io.seizmon.core.recording.EventsTsv;
import io.seizmon.core.recording.LabelledEvent;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes detections so that other tools can score them: as a BIDS {@code events.tsv} and in SzCORE's annotation
 * TSV form. Both overwrite {@code file}; neither closes anything it did not open.
 */
public final class DetectionsTsv {

    /** The HED-SCORE / SzCORE code of an unclassified seizure, written as the event type. */
    public static final String SEIZURE_TYPE = "sz";
    /** The SzCORE code of background, written for a recording without detections. */
    public static final String BACKGROUND_TYPE = "bckg";
    /** SzCORE's columns, in order. */
    public static final List<String> SZCORE_COLUMNS = List.of("onset", "duration", "eventType", "confidence",
            "channels", "dateTime", "recordingDuration");

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss",
            Locale.ROOT);
    private static final String NA = "n/a";

    private DetectionsTsv() {
    }

    /**
     * Writes {@code events} as a BIDS {@code events.tsv} through eeg-core's {@link EventsTsv}: columns
     * {@code onset}, {@code duration} (seconds, shortest exact decimal) and {@code trial_type} = {@code sz}, one row
     * per event in the given order. eeg-core's manifest reads such a file back as seizure labels.
     */
    public static void writeBids(Path file, List<HypothesisEvent> events) throws IOException {
        EventsTsv.write(file, events.stream()
                .map(e -> LabelledEvent.of(e.onsetSeconds(), e.seconds(), SEIZURE_TYPE))
                .toList());
    }

    /**
     * Writes {@code events} in SzCORE's TSV form (epilepsy2bids' {@code Annotations.saveTsv}): the
     * {@link #SZCORE_COLUMNS} header, then one row per event with onset, duration and recording duration in
     * seconds with two decimals, event type {@code sz}, the confidence with two decimals or {@code n/a}, the
     * channels comma-separated or {@code n/a}, and the recording's start as {@code yyyy-MM-dd HH:mm:ss}. A recording
     * without events gets one {@code bckg} row spanning it, as SzCORE's reference files do, so the file still states
     * the recording's duration.
     *
     * @param recordingSeconds the recording's duration, &gt; 0
     * @param recordingStart   the recording's start (local date and time of the recording)
     * @param channels         channel names the detection used; empty for {@code n/a}
     */
    public static void writeSzcore(Path file, List<HypothesisEvent> events, double recordingSeconds,
                                   LocalDateTime recordingStart, List<String> channels) throws IOException {
        Objects.requireNonNull(recordingStart, "recordingStart");
        if (!(recordingSeconds > 0) || !Double.isFinite(recordingSeconds)) {
            throw new IllegalArgumentException("recordingSeconds: " + recordingSeconds + " (expected: finite, > 0)");
        }
        String channelField = channels.isEmpty() ? NA : String.join(",", channels);
        if (channelField.contains("\t") || channelField.contains("\n")) {
            throw new IllegalArgumentException("channels: " + channels + " (expected: no tab or line break)");
        }
        String tail = "\t" + channelField + "\t" + DATE_TIME.format(recordingStart) + "\t"
                + twoDecimals(recordingSeconds) + "\n";
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join("\t", SZCORE_COLUMNS) + "\n");
            if (events.isEmpty()) {
                out.write("0.00\t" + twoDecimals(recordingSeconds) + "\t" + BACKGROUND_TYPE + "\t" + NA + tail);
            }
            for (HypothesisEvent e : events) {
                String confidence = Double.isNaN(e.confidence()) ? NA : twoDecimals(e.confidence());
                out.write(twoDecimals(e.onsetSeconds()) + "\t" + twoDecimals(e.seconds()) + "\t" + SEIZURE_TYPE
                        + "\t" + confidence + tail);
            }
        }
    }

    private static String twoDecimals(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
