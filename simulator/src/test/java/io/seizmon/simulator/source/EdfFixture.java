package io.seizmon.simulator.source;

import io.seizmon.core.recording.Annotation;
import io.seizmon.core.recording.EdfPlusWriter;
import io.seizmon.core.recording.EdfSignalSpec;
import io.seizmon.core.recording.EdfWriterSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Writes synthetic EDF+ files for tests with eeg-core's {@link EdfPlusWriter}: 1-s records, each signal a
 * deterministic mix of two sines so every sample differs, and the given annotations.
 */
public final class EdfFixture {

    private EdfFixture() {
    }

    /** Returns a ±500 (unit) signal with {@code samplesPerSecond} samples per 1-s record. */
    public static EdfSignalSpec signal(String label, String unit, int samplesPerSecond) {
        return EdfSignalSpec.of(label, unit, -500, 500, samplesPerSecond);
    }

    /** Writes {@code records} 1-s records of {@code signals} and the annotations to {@code file}. */
    public static Path write(Path file, List<EdfSignalSpec> signals, int records, List<Annotation> annotations)
            throws IOException {
        EdfWriterSpec spec = EdfWriterSpec.of(LocalDateTime.of(2024, 1, 2, 3, 4, 5), 1.0, signals);
        try (EdfPlusWriter writer = EdfPlusWriter.open(file, spec)) {
            annotations.forEach(writer::addAnnotation);
            for (int r = 0; r < records; r++) {
                double[][] physical = new double[signals.size()][];
                for (int s = 0; s < signals.size(); s++) {
                    int n = signals.get(s).samplesPerRecord();
                    physical[s] = new double[n];
                    for (int i = 0; i < n; i++) {
                        double t = r + (double) i / n;
                        physical[s][i] = 300 * Math.sin(2 * Math.PI * (3 + s) * t) + 150 * Math.sin(2 * Math.PI * 0.37
                                * t + s);
                    }
                }
                writer.writeRecord(physical);
            }
        }
        return file;
    }
}
