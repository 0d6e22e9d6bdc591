package io.seizmon.core.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Bonn (Andrzejak 2001) sets A–E: {@code labels.csv} with {@code file,...,seizure}; text files of one integer per
 * line at {@value #SAMPLE_RATE_HZ} Hz; each file is its own group.
 */
final class BonnAdapter implements DatasetAdapter {

    static final double SAMPLE_RATE_HZ = 173.61;
    private static final String INDEX = "labels.csv";

    @Override
    public String name() {
        return "bonn";
    }

    @Override
    public boolean recognises(Path dir) throws IOException {
        Path index = dir.resolve(INDEX);
        return Files.isRegularFile(index) && CsvTable.read(index).column("set_letter_bonn") >= 0;
    }

    @Override
    public List<DatasetEntry> read(Path dir) throws IOException {
        CsvTable table = CsvTable.read(dir.resolve(INDEX));
        int file = table.requireColumn("file");
        int seizure = table.requireColumn("seizure");
        List<DatasetEntry> entries = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String name = CsvTable.field(row, file);
            boolean label = Manifests.parseLabel(table.file(), row.line(), CsvTable.field(row, seizure));
            entries.add(new LabelledSegment(dir.resolve(name).toAbsolutePath().normalize(), label, SAMPLE_RATE_HZ, 0,
                    "bonn/" + name));
        }
        return entries;
    }
}
