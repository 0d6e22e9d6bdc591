package io.seizmon.core.dataset;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Siena scalp EEG as prepared in {@code siena-pn00-f8-64hz}: per recording {@code <rec>_<channel>_<rate>Hz.csv}
 * (one value per line) and {@code <rec>_seizures.csv} ({@code recording,onset_s,offset_s,...}). Each recording is
 * its own group.
 */
final class SienaAdapter implements DatasetAdapter {

    private static final Pattern SIGNAL = Pattern.compile("(.+?)_[^_]+_(\\d+(?:\\.\\d+)?)Hz\\.csv");
    private static final String SEIZURES_SUFFIX = "_seizures.csv";

    @Override
    public String name() {
        return "siena";
    }

    @Override
    public boolean recognises(Path dir) throws IOException {
        return !signals(dir).isEmpty();
    }

    @Override
    public List<DatasetEntry> read(Path dir) throws IOException {
        List<DatasetEntry> entries = new ArrayList<>();
        for (Path signal : signals(dir)) {
            Matcher m = SIGNAL.matcher(signal.getFileName().toString());
            if (!m.matches()) {
                continue;
            }
            String recording = m.group(1);
            Path table = dir.resolve(recording + SEIZURES_SUFFIX);
            entries.add(new ContinuousRecording(signal.toAbsolutePath().normalize(), Double.parseDouble(m.group(2)),
                    0, seizures(table, recording), table.getFileName().toString(), "siena/" + recording));
        }
        return entries;
    }

    private static List<Path> signals(Path dir) throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*Hz.csv")) {
            for (Path file : files) {
                Matcher m = SIGNAL.matcher(file.getFileName().toString());
                if (m.matches() && Files.isRegularFile(dir.resolve(m.group(1) + SEIZURES_SUFFIX))) {
                    found.add(file);
                }
            }
        }
        found.sort(null);
        return found;
    }

    private static List<SeizureInterval> seizures(Path file, String recording) throws IOException {
        CsvTable table = CsvTable.read(file);
        int rec = table.requireColumn("recording");
        int onset = table.requireColumn("onset_s");
        int offset = table.requireColumn("offset_s");
        List<SeizureInterval> out = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            if (!CsvTable.field(row, rec).equals(recording)) {
                throw new ManifestFormatException(file, row.line(), "recording '" + CsvTable.field(row, rec)
                        + "' (expected: " + recording + ")");
            }
            out.add(Manifests.interval(table, row, onset, offset));
        }
        return out;
    }
}
