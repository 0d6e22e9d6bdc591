package io.seizmon.core.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Nguyen 2018 4-s segments: {@code segments.csv} with {@code file,annotation_id,label,segment_no}; one value per
 * line at {@value #SAMPLE_RATE_HZ} Hz. Segments cut from one annotated event share a group, so they never end up
 * on both sides of a split.
 */
final class NguyenAdapter implements DatasetAdapter {

    static final double SAMPLE_RATE_HZ = 512.0;
    private static final String INDEX = "segments.csv";

    @Override
    public String name() {
        return "nguyen2018";
    }

    @Override
    public boolean recognises(Path dir) throws IOException {
        Path index = dir.resolve(INDEX);
        return Files.isRegularFile(index) && CsvTable.read(index).column("annotation_id") >= 0;
    }

    @Override
    public List<DatasetEntry> read(Path dir) throws IOException {
        CsvTable table = CsvTable.read(dir.resolve(INDEX));
        int file = table.requireColumn("file");
        int annotation = table.requireColumn("annotation_id");
        int label = table.requireColumn("label");
        List<DatasetEntry> entries = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            boolean seizure = Manifests.parseLabel(table.file(), row.line(), CsvTable.field(row, label));
            entries.add(new LabelledSegment(dir.resolve(CsvTable.field(row, file)).toAbsolutePath().normalize(),
                    seizure, SAMPLE_RATE_HZ, 0, "nguyen2018/event-" + CsvTable.field(row, annotation)));
        }
        return entries;
    }
}
