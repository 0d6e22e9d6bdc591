package io.seizmon.core.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Kaggle UPenn/Mayo seizure-detection clips as prepared in {@code kaggle-seizure-detection-dog1}: {@code clips.csv}
 * with {@code file,class,segment_index,latency_s,n_channels,...}; each clip a 1-s MAT-file ({@code data} channels ×
 * samples, {@code freq}), read by {@code MatReader}. Class {@code ictal} is seizure, {@code interictal} not.
 *
 * <p>Every channel of a clip is an entry of its own (the features are per channel). Groups keep what is not
 * independent together: the clips of one seizure (an event starts where {@code latency_s} restarts at 0, in
 * {@code segment_index} order) form {@code dog1/ictal-<k>}; interictal clips with consecutive segment indices form
 * {@code dog1/interictal-<k>} (a run; a run may span a discontinuity the index does not show, which only makes a
 * group larger).
 */
final class KaggleDogAdapter implements DatasetAdapter {

    private static final String INDEX = "clips.csv";

    @Override
    public String name() {
        return "kaggle-dog";
    }

    @Override
    public boolean recognises(Path dir) throws IOException {
        Path index = dir.resolve(INDEX);
        return Files.isRegularFile(index) && CsvTable.read(index).column("latency_s") >= 0;
    }

    @Override
    public List<DatasetEntry> read(Path dir) throws IOException {
        List<Clip> clips = clips(dir);
        clips.sort(Comparator.comparing(Clip::ictal).thenComparingLong(Clip::segment));
        List<DatasetEntry> entries = new ArrayList<>();
        int[] groups = new int[2];
        Clip previous = null;
        for (Clip clip : clips) {
            boolean sameGroup = previous != null && previous.ictal() == clip.ictal()
                    && (clip.ictal() ? clip.latencySeconds() > 0 : clip.segment() == previous.segment() + 1);
            int label = clip.ictal() ? 1 : 0;
            groups[label] += sameGroup ? 0 : 1;
            String name = "dog1/" + (clip.ictal() ? "ictal-" : "interictal-") + groups[label];
            for (int c = 0; c < clip.channels(); c++) {
                entries.add(new LabelledSegment(clip.path(), clip.ictal(), Double.NaN, c, name));
            }
            previous = clip;
        }
        return entries;
    }

    private static List<Clip> clips(Path dir) throws IOException {
        CsvTable table = CsvTable.read(dir.resolve(INDEX));
        int file = table.requireColumn("file");
        int kind = table.requireColumn("class");
        int segment = table.requireColumn("segment_index");
        int latency = table.requireColumn("latency_s");
        int channels = table.requireColumn("n_channels");
        List<Clip> clips = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String k = CsvTable.field(row, kind);
            if (!k.equals("ictal") && !k.equals("interictal")) {
                throw new ManifestFormatException(table.file(), row.line(), "class '" + k
                        + "' (expected: ictal or interictal)");
            }
            boolean ictal = k.equals("ictal");
            clips.add(new Clip(dir.resolve(CsvTable.field(row, file)).toAbsolutePath().normalize(), ictal,
                    (long) table.number(row, segment), ictal ? table.number(row, latency) : Double.NaN,
                    (int) table.number(row, channels)));
        }
        return clips;
    }

    private record Clip(Path path, boolean ictal, long segment, double latencySeconds, int channels) {
    }
}
