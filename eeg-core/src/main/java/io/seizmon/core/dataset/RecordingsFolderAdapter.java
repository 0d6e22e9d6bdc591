package io.seizmon.core.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A folder of continuous EDF/EDF+/BDF recordings (for example what {@code seizmon simulate synth --out DIR}
 * writes): every {@code .edf}/{@code .bdf} below it, up to {@value #MAX_DEPTH} levels, is one recording; its
 * seizures come from a BIDS events file beside it when there is one, else from its EDF+ annotations. Rates come
 * from the headers; channel 0 is used; each recording is its own group.
 */
final class RecordingsFolderAdapter implements DatasetAdapter {

    static final int MAX_DEPTH = 4;

    @Override
    public String name() {
        return "recordings";
    }

    @Override
    public boolean recognises(Path dir) throws IOException {
        return !recordings(dir).isEmpty();
    }

    @Override
    public List<DatasetEntry> read(Path dir) throws IOException {
        List<DatasetEntry> entries = new ArrayList<>();
        for (Path recording : recordings(dir)) {
            entries.add(Manifests.continuous(recording, Double.NaN, 0, null, dir.relativize(recording).toString()));
        }
        return entries;
    }

    private static List<Path> recordings(Path dir) throws IOException {
        try (Stream<Path> files = Files.find(dir, MAX_DEPTH, (path, attributes) -> attributes.isRegularFile()
                && isRecording(path.getFileName().toString()))) {
            return files.map(path -> path.toAbsolutePath().normalize()).sorted().toList();
        }
    }

    private static boolean isRecording(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".edf") || lower.endsWith(".bdf");
    }
}
