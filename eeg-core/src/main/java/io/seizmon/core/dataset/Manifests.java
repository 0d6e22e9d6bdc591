package io.seizmon.core.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Loads labelled data from a manifest CSV or a dataset folder (see {@code docs/datasets.md}).
 *
 * <p>Manifest CSV: a header row naming the columns {@code path,label} and optionally {@code sample_rate_hz},
 * {@code channel}, {@code group}, {@code events}; without a header the columns are positional
 * {@code path,label[,sample_rate_hz][,channel]}. Paths are relative to the manifest's folder or absolute.
 * {@code label} is {@code seizure}/{@code 1} or {@code non-seizure}/{@code 0} for a labelled segment, or
 * {@value #CONTINUOUS} for a continuous recording whose seizures come from the {@code events} column (a BIDS
 * events.tsv, relative to the manifest), else from a BIDS events file beside the recording, else from its EDF+
 * annotations.
 */
public final class Manifests {

    /** The file a folder may hold to be read as a manifest. */
    public static final String MANIFEST_FILE = "manifest.csv";

    /** Tried in this order; the folder-of-recordings adapter is the catch-all, last. */
    private static final List<DatasetAdapter> ADAPTERS = List.of(new BonnAdapter(), new NguyenAdapter(),
            new SienaAdapter(), new KaggleDogAdapter(), new RecordingsFolderAdapter());
    /** The label of a manifest row that is a continuous recording. */
    public static final String CONTINUOUS = "continuous";

    private Manifests() {
    }

    /**
     * Loads a manifest file, or a folder: its {@value #MANIFEST_FILE}, else the first dataset adapter that
     * recognises it.
     *
     * @throws ManifestFormatException naming file, line and problem, or a folder nothing recognises
     * @throws IOException             when a file cannot be read
     */
    public static Manifest load(Path source) throws IOException {
        Path absolute = source.toAbsolutePath().normalize();
        if (Files.isRegularFile(absolute)) {
            return finish(absolute, "manifest", readManifest(absolute));
        }
        if (!Files.isDirectory(absolute)) {
            throw new ManifestFormatException(absolute, 0, "no such file or folder");
        }
        if (Files.isRegularFile(absolute.resolve(MANIFEST_FILE))) {
            return finish(absolute, "manifest", readManifest(absolute.resolve(MANIFEST_FILE)));
        }
        for (DatasetAdapter adapter : ADAPTERS) {
            if (adapter.recognises(absolute)) {
                return finish(absolute, adapter.name(), adapter.read(absolute));
            }
        }
        throw new ManifestFormatException(absolute, 0, "no " + MANIFEST_FILE + " and no known dataset index "
                + "(expected: a manifest, a Bonn labels.csv, a Nguyen segments.csv, Siena *_seizures.csv, "
                + "a Kaggle clips.csv, or EDF/BDF recordings)");
    }

    private static List<DatasetEntry> readManifest(Path file) throws IOException {
        CsvTable table = CsvTable.read(file);
        if (table.column("path") < 0) {
            table = positional(table);
        }
        int path = table.requireColumn("path");
        int label = table.requireColumn("label");
        int rate = table.column("sample_rate_hz");
        int channel = table.column("channel");
        int group = table.column("group");
        int events = table.column("events");
        Path base = file.getParent();
        List<DatasetEntry> entries = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String relative = CsvTable.field(row, path);
            if (relative.isEmpty()) {
                throw new ManifestFormatException(file, row.line(), "column 'path' is empty");
            }
            Path signal = base.resolve(relative).toAbsolutePath().normalize();
            if (!Files.isRegularFile(signal)) {
                throw new ManifestFormatException(file, row.line(), "no such file: " + signal);
            }
            double rateHz = CsvTable.field(row, rate).isEmpty() ? Double.NaN : table.number(row, rate);
            int ch = CsvTable.field(row, channel).isEmpty() ? 0 : (int) table.number(row, channel);
            String groupName = CsvTable.field(row, group).isEmpty() ? relative : CsvTable.field(row, group);
            String labelText = CsvTable.field(row, label);
            if (labelText.equalsIgnoreCase(CONTINUOUS)) {
                String eventsText = CsvTable.field(row, events);
                Path eventsFile = eventsText.isEmpty() ? null : base.resolve(eventsText).toAbsolutePath().normalize();
                if (eventsFile != null && !Files.isRegularFile(eventsFile)) {
                    throw new ManifestFormatException(file, row.line(), "no such events file: " + eventsFile);
                }
                entries.add(continuous(signal, rateHz, ch, eventsFile, groupName));
            } else {
                entries.add(new LabelledSegment(signal, parseLabel(file, row.line(), labelText), rateHz, ch,
                        groupName));
            }
        }
        return entries;
    }

    /**
     * A continuous recording whose seizures come from {@code eventsTsv}, or when null from a BIDS events file
     * beside it, or else from its own EDF+ annotations.
     */
    static ContinuousRecording continuous(Path signal, double rateHz, int channel, Path eventsTsv, String group)
            throws IOException {
        Path events = eventsTsv != null ? eventsTsv : SeizureLabels.sidecar(signal);
        if (events != null) {
            return new ContinuousRecording(signal, rateHz, channel, SeizureLabels.fromEventsTsv(events),
                    events.toString(), group);
        }
        return new ContinuousRecording(signal, rateHz, channel, SeizureLabels.fromAnnotations(signal),
                "EDF+ annotations of " + signal.getFileName(), group);
    }

    /** A header-less manifest: its first row is data, the columns are positional. */
    private static CsvTable positional(CsvTable table) {
        List<CsvTable.Row> rows = new ArrayList<>();
        rows.add(new CsvTable.Row(1, table.header()));
        rows.addAll(table.rows());
        return new CsvTable(table.file(), List.of("path", "label", "sample_rate_hz", "channel"), rows);
    }

    /** Parses a label: seizure/1/true or non-seizure/0/false, case-insensitive. */
    static boolean parseLabel(Path file, int line, String text) throws ManifestFormatException {
        switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "seizure", "1", "true", "ictal":
                return true;
            case "non-seizure", "0", "false", "interictal":
                return false;
            default:
                throw new ManifestFormatException(file, line, "label '" + text
                        + "' (expected: seizure, non-seizure, 1, 0 or " + CONTINUOUS + ")");
        }
    }

    static SeizureInterval interval(CsvTable table, CsvTable.Row row, int onset, int offset)
            throws ManifestFormatException {
        double on = table.number(row, onset);
        double off = table.number(row, offset);
        if (!(on >= 0 && off > on)) {
            throw new ManifestFormatException(table.file(), row.line(), "seizure " + on + "–" + off
                    + " s (expected: 0 <= onset < offset)");
        }
        return new SeizureInterval(on, off);
    }

    static void checkRateAndChannel(double sampleRateHz, int channel) {
        if (!Double.isNaN(sampleRateHz) && !(sampleRateHz > 0 && Double.isFinite(sampleRateHz))) {
            throw new IllegalArgumentException("sampleRateHz: " + sampleRateHz + " (expected: > 0, or NaN for the "
                    + "file's header)");
        }
        if (channel < 0) {
            throw new IllegalArgumentException("channel: " + channel + " (expected: >= 0)");
        }
    }

    private static Manifest finish(Path source, String kind, List<DatasetEntry> entries) {
        Path base = Files.isDirectory(source) ? source : source.getParent();
        StringBuilder canonical = new StringBuilder();
        for (DatasetEntry entry : entries) {
            canonical.append(base.relativize(entry.path())).append(',').append(entry.sampleRateHz()).append(',')
                    .append(entry.channel()).append(',').append(entry.group());
            if (entry instanceof LabelledSegment s) {
                canonical.append(',').append(s.seizure() ? "seizure" : "non-seizure");
            } else if (entry instanceof ContinuousRecording r) {
                r.seizures().forEach(sz -> canonical.append(',').append(sz.onsetSeconds()).append('-')
                        .append(sz.offsetSeconds()));
            }
            canonical.append('\n');
        }
        return new Manifest(source.toString(), kind, entries, sha256(canonical.toString()));
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
