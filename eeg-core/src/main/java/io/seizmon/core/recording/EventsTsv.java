package io.seizmon.core.recording;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and writes BIDS {@code events.tsv} files: UTF-8, tab-separated, a header row, {@code n/a} for missing
 * values. {@code onset} and {@code duration} (seconds) are required columns; the event type comes from
 * {@code trial_type}, else {@code eventType} (SzCORE), else is empty; all other columns are kept.
 */
public final class EventsTsv {

    /** Column written for the event type. */
    public static final String TYPE_COLUMN = "trial_type";
    private static final String[] TYPE_COLUMNS = {"trial_type", "eventType"};
    private static final String NA = "n/a";
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private EventsTsv() {
    }

    /**
     * Reads every row of {@code file}.
     *
     * @throws TextFormatException naming line and column for a missing required column, a row with the wrong number
     *                             of fields, a bad onset or duration
     */
    public static List<LabelledEvent> read(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String headerLine = in.readLine();
            if (headerLine == null) {
                throw new TextFormatException(file, 1, 0, "no header row (expected: onset, duration, ...)");
            }
            String[] columns = headerLine.replace("\uFEFF", "").split("\t", -1);
            int onset = required(file, columns, "onset");
            int duration = required(file, columns, "duration");
            int type = typeColumn(columns);
            List<LabelledEvent> events = new ArrayList<>();
            String line;
            for (long n = 2; (line = in.readLine()) != null; n++) {
                if (!line.isBlank()) {
                    events.add(row(file, n, line.split("\t", -1), columns, onset, duration, type));
                }
            }
            return events;
        }
    }

    private static LabelledEvent row(Path file, long n, String[] f, String[] columns, int onset, int duration,
                                     int type) throws TextFormatException {
        if (f.length != columns.length) {
            throw new TextFormatException(file, n, 0, f.length + " fields (expected: " + columns.length + ")");
        }
        double onsetSeconds = seconds(file, n, onset, f[onset], false);
        double durationSeconds = seconds(file, n, duration, f[duration], true);
        String eventType = type < 0 || f[type].equals(NA) ? "" : f[type];
        Map<String, String> other = new LinkedHashMap<>();
        for (int c = 0; c < columns.length; c++) {
            if (c != onset && c != duration && c != type) {
                other.put(columns[c], f[c]);
            }
        }
        return new LabelledEvent(onsetSeconds, durationSeconds, eventType, LabelledEvent.isSeizureType(eventType),
                other);
    }

    /**
     * Returns the BIDS events file beside {@code recording}, if there is one: {@code sub-01_task-x_eeg.edf} →
     * {@code sub-01_task-x_events.tsv} (also for {@code _ieeg}), or {@code name.edf} → {@code name_events.tsv} /
     * {@code name.events.tsv}, tried in that order.
     */
    public static Optional<Path> besideRecording(Path recording) {
        String name = recording.getFileName().toString();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        List<String> candidates = new ArrayList<>();
        if (stem.endsWith("_eeg") || stem.endsWith("_ieeg")) {
            candidates.add(stem.substring(0, stem.lastIndexOf('_')) + "_events.tsv");
        }
        candidates.add(stem + "_events.tsv");
        candidates.add(stem + ".events.tsv");
        for (String candidate : candidates) {
            Path path = recording.resolveSibling(candidate);
            if (Files.isRegularFile(path)) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }

    /**
     * Writes {@code events} to {@code file}: {@code onset}, {@code duration}, {@code trial_type}, then the other
     * columns in first-seen order ({@code n/a} where an event lacks one). Seconds are written as the shortest
     * decimal that reads back to the same double; a NaN duration as {@code n/a}.
     */
    public static void write(Path file, List<LabelledEvent> events) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(out, events);
        }
    }

    /** Writes {@code events} to {@code out} as {@link #write(Path, List)} does; does not close {@code out}. */
    public static void write(Writer out, List<LabelledEvent> events) throws IOException {
        Set<String> extra = new LinkedHashSet<>();
        events.forEach(e -> extra.addAll(e.otherColumns().keySet()));
        extra.removeAll(List.of("onset", "duration", TYPE_COLUMN));
        out.write(String.join("\t", header(extra)));
        out.write('\n');
        for (LabelledEvent e : events) {
            StringBuilder row = new StringBuilder().append(number(e.onsetSeconds())).append('\t')
                    .append(Double.isNaN(e.durationSeconds()) ? NA : number(e.durationSeconds())).append('\t')
                    .append(e.eventType().isEmpty() ? NA : field(e.eventType()));
            for (String column : extra) {
                row.append('\t').append(field(e.otherColumns().getOrDefault(column, NA)));
            }
            out.write(row.append('\n').toString());
        }
    }

    private static List<String> header(Set<String> extra) {
        List<String> header = new ArrayList<>(List.of("onset", "duration", TYPE_COLUMN));
        header.addAll(extra);
        return header;
    }

    private static String field(String value) {
        if (value.indexOf('\t') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("events.tsv value: '" + value + "' (expected: no tab or line break)");
        }
        return value;
    }

    private static String number(double seconds) {
        String plain = BigDecimal.valueOf(seconds).stripTrailingZeros().toPlainString();
        return plain.equals("-0") ? "0" : plain;
    }

    private static double seconds(Path file, long line, int column, String value, boolean naAllowed)
            throws TextFormatException {
        if (naAllowed && value.equals(NA)) {
            return Double.NaN;
        }
        String v = value.strip();
        if (NUMBER.matcher(v).matches() && (!naAllowed || !v.startsWith("-"))) {
            return Double.parseDouble(v);
        }
        throw new TextFormatException(file, line, column + 1, "'" + value + "' (expected: "
                + (naAllowed ? "seconds >= 0 or n/a" : "seconds") + ")");
    }

    private static int required(Path file, String[] columns, String name) throws TextFormatException {
        for (int c = 0; c < columns.length; c++) {
            if (columns[c].equals(name)) {
                return c;
            }
        }
        throw new TextFormatException(file, 1, 0, "no '" + name + "' column (BIDS requires onset and duration)");
    }

    private static int typeColumn(String[] columns) {
        for (String name : TYPE_COLUMNS) {
            for (int c = 0; c < columns.length; c++) {
                if (columns[c].equals(name)) {
                    return c;
                }
            }
        }
        return -1;
    }
}
