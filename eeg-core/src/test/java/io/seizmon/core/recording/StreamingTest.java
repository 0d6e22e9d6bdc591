package io.seizmon.core.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two hours of 8 channels at 128 Hz, generated on the fly, written and read back one record at a time: neither
 * side ever holds more than one data record of samples.
 */
class StreamingTest {

    static final int CHANNELS = 8;
    static final int RATE = 128;
    static final long RECORDS = Duration.ofHours(2).toSeconds();

    @TempDir
    Path dir;

    @Test
    void writesAndReadsLongFileRecordByRecord() throws IOException {
        Path file = dir.resolve("long.edf");
        int[] rates = new int[CHANNELS];
        Arrays.fill(rates, RATE);
        EdfWriterSpec spec = EdfWriterSpec.of(SyntheticEdf.START, 1, SyntheticEdf.specs(rates));
        try (EdfPlusWriter writer = EdfPlusWriter.open(file, spec)) {
            writer.addAnnotation(new Annotation(3600, 95, "seizure"));
            SyntheticEdf.write(writer, spec, 0, RECORDS);
        }
        long recordBytes = 2L * CHANNELS * RATE + EdfWriterSpec.DEFAULT_ANNOTATION_BYTES_PER_RECORD;
        assertThat(Files.size(file)).isEqualTo(256L * (CHANNELS + 2) + RECORDS * recordBytes);
        try (EdfReader reader = EdfReader.open(file, RecordingOptions.DEFAULTS)) {
            assertThat(reader.bufferBytes()).isEqualTo((int) recordBytes);
            assertThat(reader.annotations()).containsExactly(new Annotation(3600, 95, "seizure"));
            double[] chunk = new double[RATE];
            long samples = 0;
            while (reader.nextRecord()) {
                for (int s = 0; s < CHANNELS; s++) {
                    reader.readPhysical(s, chunk, 0);
                    check(reader, s, chunk);
                }
                samples += RATE;
            }
            assertThat(samples).isEqualTo(RECORDS * RATE);
            assertThat(reader.header().durationSeconds()).isEqualTo(7200.0);
        }
    }

    private static void check(EdfReader reader, int s, double[] chunk) {
        double tolerance = 0.5 * reader.header().signal(s).physicalStep() + 1e-9;
        long first = reader.recordIndex() * RATE;
        for (int i = 0; i < RATE; i += 17) {
            double expected = SyntheticEdf.value(s, first + i, RATE);
            if (Math.abs(chunk[i] - expected) > tolerance) {
                fail("record " + reader.recordIndex() + " signal " + s + " sample " + i + ": " + chunk[i] + " vs "
                        + expected);
            }
        }
    }
}
