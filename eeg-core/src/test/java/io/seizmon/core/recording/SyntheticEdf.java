package io.seizmon.core.recording;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Writes synthetic EDF+ files with {@link EdfPlusWriter}: sample {@code i} of signal {@code s} is {@link #value}. */
final class SyntheticEdf {

    static final LocalDateTime START = LocalDateTime.of(2024, 3, 1, 22, 15, 30);

    private SyntheticEdf() {
    }

    /** A deterministic physical value in {@code [-0.9, 0.9] * range(s)}, no random state to keep. */
    static double value(int s, long i, double rateHz) {
        double t = i / rateHz;
        double x = 0.6 * Math.sin(2 * Math.PI * (1 + s) * t) + 0.3 * Math.sin(2 * Math.PI * 7.3 * t + s);
        return x * range(s);
    }

    static double range(int s) {
        return 100.0 * (s + 1);
    }

    /** Returns {@code signals} specs at {@code rates[s]} samples per record, range {@code +-range(s)} µV. */
    static List<EdfSignalSpec> specs(int... samplesPerRecord) {
        List<EdfSignalSpec> specs = new ArrayList<>();
        for (int s = 0; s < samplesPerRecord.length; s++) {
            specs.add(EdfSignalSpec.of("EEG " + (s + 1), "uV", -range(s), range(s), samplesPerRecord[s]));
        }
        return specs;
    }

    /** Writes {@code records} records; the writer is returned open so a test may add annotations first. */
    static void write(EdfPlusWriter writer, EdfWriterSpec spec, long fromRecord, long records) throws IOException {
        List<EdfSignalSpec> signals = spec.signals();
        double[][] buffer = new double[signals.size()][];
        for (int s = 0; s < buffer.length; s++) {
            buffer[s] = new double[signals.get(s).samplesPerRecord()];
        }
        for (long r = fromRecord; r < fromRecord + records; r++) {
            for (int s = 0; s < buffer.length; s++) {
                int n = buffer[s].length;
                double rate = n / spec.recordDurationSeconds();
                for (int i = 0; i < n; i++) {
                    buffer[s][i] = value(s, r * n + i, rate);
                }
            }
            writer.writeRecord(buffer);
        }
    }

    /** Writes a complete small file: 3 signals (256, 128, 1 samples per 1-s record), {@code records} records. */
    static Path small(Path file, long records) throws IOException {
        EdfWriterSpec spec = EdfWriterSpec.of(START, 1.0, specs(256, 128, 1));
        try (EdfPlusWriter writer = EdfPlusWriter.open(file, spec)) {
            writer.addAnnotation(new Annotation(1.5, 2.0, "sz onset"));
            write(writer, spec, 0, records);
        }
        return file;
    }
}
