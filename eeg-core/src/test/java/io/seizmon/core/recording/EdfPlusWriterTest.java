package io.seizmon.core.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Round trips through {@link EdfPlusWriter}: read back by {@link EdfReader} and by EDFlib. */
class EdfPlusWriterTest {

    @TempDir
    Path dir;

    /** Writes mixed-rate signals, a sub-second record duration and more annotations than one record holds. */
    private Path writeMixed(List<Annotation> annotations) throws IOException {
        Path file = dir.resolve("mixed.edf");
        EdfWriterSpec spec = EdfWriterSpec.of(SyntheticEdf.START, 0.5, SyntheticEdf.specs(128, 50, 3))
                .withAnnotationBytesPerRecord(96);
        try (EdfPlusWriter writer = EdfPlusWriter.open(file, spec)) {
            annotations.subList(0, annotations.size() - 2).forEach(writer::addAnnotation);
            SyntheticEdf.write(writer, spec, 0, 40);
            annotations.subList(annotations.size() - 2, annotations.size()).forEach(writer::addAnnotation);
        }
        return file;
    }

    static List<Annotation> annotations() {
        List<Annotation> list = new ArrayList<>();
        list.add(new Annotation(0.25, 12.5, "sz_foc_ia Anfall mit Bewusstseinsstörung"));
        list.add(Annotation.at(3, "中文测试"));
        for (int i = 0; i < 12; i++) {
            list.add(new Annotation(1.125 + i, 0.5, "spike " + i));
        }
        list.add(new Annotation(19.75, 0, "late, placed at close"));
        list.add(Annotation.at(5, "late too"));
        return list;
    }

    @Test
    void readsBackSamplesWithinHalfADigitalStep() throws IOException {
        Path file = writeMixed(annotations());
        try (EdfReader reader = EdfReader.open(file, RecordingOptions.DEFAULTS)) {
            RecordingHeader h = reader.header();
            assertThat(h.format()).isEqualTo(RecordingFormat.EDF_PLUS_C);
            assertThat(h.recordCount()).isEqualTo(40);
            assertThat(h.recordDurationSeconds()).isEqualTo(0.5);
            assertThat(h.startTime()).isEqualTo(SyntheticEdf.START);
            assertThat(h.signals().stream().mapToDouble(SignalInfo::sampleRateHz).toArray())
                    .containsExactly(256, 100, 6, 96);
            assertThat(h.signal(3).annotation()).isTrue();
            double[] buf = new double[128];
            while (reader.nextRecord()) {
                assertThat(reader.recordOnsetSeconds()).isEqualTo(reader.recordIndex() * 0.5);
                for (int s : h.dataSignalIndices()) {
                    int n = reader.readPhysical(s, buf, 0);
                    double rate = h.signal(s).sampleRateHz();
                    for (int i = 0; i < n; i++) {
                        double expected = SyntheticEdf.value(s, reader.recordIndex() * n + i, rate);
                        double tolerance = 0.5 * h.signal(s).physicalStep() + 1e-9;
                        if (Math.abs(buf[i] - expected) > tolerance) {
                            fail("signal " + s + " sample " + i + ": " + buf[i] + " vs " + expected);
                        }
                    }
                }
            }
        }
    }

    @Test
    void spreadsAnnotationsOverRecordsAndKeepsThemAll() throws IOException {
        List<Annotation> written = annotations();
        try (EdfReader reader = EdfReader.open(writeMixed(written), RecordingOptions.DEFAULTS)) {
            assertThat(reader.annotations()).containsExactlyInAnyOrderElementsOf(written);
        }
    }

    @Test
    void edflibReadsTheSameSamplesAndAnnotations() throws Exception {
        Path file = writeMixed(annotations());
        Edflib.Result result = Edflib.dump(file, 64);
        assertThat(result).as("EDFlib must accept our EDF+").isInstanceOf(Edflib.Dump.class);
        Edflib.Dump dump = (Edflib.Dump) result;
        assertThat(dump.fileType()).isEqualTo(1);
        EdfCrossCheckTest.assertSameAsEdflib(file, dump);
        assertThat(dump.annotations()).containsExactlyInAnyOrderElementsOf(annotations());
    }

    @Test
    void failsOnCloseWhenAnnotationsCannotFit() throws IOException {
        Path file = dir.resolve("full.edf");
        EdfWriterSpec spec = EdfWriterSpec.of(SyntheticEdf.START, 1, SyntheticEdf.specs(4))
                .withAnnotationBytesPerRecord(64);
        EdfPlusWriter writer = EdfPlusWriter.open(file, spec);
        SyntheticEdf.write(writer, spec, 0, 2);
        for (int i = 0; i < 10; i++) {
            writer.addAnnotation(Annotation.at(i, "event number " + i));
        }
        assertThatThrownBy(writer::close).isInstanceOf(IOException.class)
                .hasMessageContaining("4 annotations did not fit").hasMessageContaining(file.toString());
        try (EdfReader reader = EdfReader.open(file, RecordingOptions.DEFAULTS)) {
            assertThat(reader.header().recordCount()).isEqualTo(2);
            assertThat(reader.annotations()).hasSize(6);
        }
    }

    @Test
    void rejectsAnnotationLargerThanARecordCanHold() throws IOException {
        EdfWriterSpec spec = EdfWriterSpec.of(SyntheticEdf.START, 1, SyntheticEdf.specs(4));
        try (EdfPlusWriter writer = EdfPlusWriter.open(dir.resolve("a.edf"), spec)) {
            assertThatThrownBy(() -> writer.addAnnotation(Annotation.at(1, "x".repeat(200))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("annotationBytesPerRecord");
        }
    }

    @Test
    void rejectsBadSpecsWithNameValueAndExpectation() {
        assertThatThrownBy(() -> EdfSignalSpec.of("Fp1", "uV", 5, 5, 256))
                .hasMessage("physicalMax: 5.0 (expected: != physicalMin)");
        assertThatThrownBy(() -> EdfSignalSpec.of("Fp1", "uV", -5, 5, 0))
                .hasMessage("samplesPerRecord: 0 (expected: >= 1)");
        assertThatThrownBy(() -> EdfSignalSpec.of("EDF Annotations", "uV", -5, 5, 1))
                .hasMessageContaining("reserved annotation label");
        assertThatThrownBy(() -> EdfWriterSpec.of(SyntheticEdf.START, 0, SyntheticEdf.specs(1)))
                .hasMessageStartingWith("recordDurationSeconds: 0.0 (expected: > 0");
    }

    @Test
    void leavesRecordCountUnknownUntilClose() throws IOException {
        Path file = dir.resolve("open.edf");
        EdfWriterSpec spec = EdfWriterSpec.of(SyntheticEdf.START, 1, SyntheticEdf.specs(8, 4));
        try (EdfPlusWriter writer = EdfPlusWriter.open(file, spec)) {
            SyntheticEdf.write(writer, spec, 0, 3);
            try (EdfReader reader = EdfReader.open(file, RecordingOptions.DEFAULTS)) {
                assertThat(reader.header().recordCount()).isEqualTo(3);
            }
        }
    }

    @Test
    void writesTheSubSecondStartAsTheRecordsOnsets() throws IOException {
        Path file = dir.resolve("offset.edf");
        EdfWriterSpec spec = EdfWriterSpec.of(SyntheticEdf.START, 1, SyntheticEdf.specs(8));
        try (EdfPlusWriter writer = EdfPlusWriter.open(file, spec, 123_456)) {
            SyntheticEdf.write(writer, spec, 0, 3);
        }
        try (EdfReader reader = EdfReader.open(file, RecordingOptions.DEFAULTS)) {
            while (reader.nextRecord()) {
                assertThat(reader.recordOnsetSeconds()).isCloseTo(0.123456 + reader.recordIndex(), within(1e-9));
            }
            assertThat(reader.recordIndex()).isEqualTo(3);
        }
        assertThatThrownBy(() -> EdfPlusWriter.open(dir.resolve("x.edf"), spec, 1_000_000))
                .hasMessage("startOffsetMicros: 1000000 (expected: 0 to 999999)");
    }

    @Test
    void edflibTakesTheSubSecondStartFromTheFirstTimeKeepingTal() throws Exception {
        Path file = dir.resolve("offset-edflib.edf");
        EdfWriterSpec spec = EdfWriterSpec.of(SyntheticEdf.START, 1, SyntheticEdf.specs(8));
        try (EdfPlusWriter writer = EdfPlusWriter.open(file, spec, 250_000)) {
            writer.addAnnotation(Annotation.at(3.75, "onset"));
            SyntheticEdf.write(writer, spec, 0, 5);
        }
        Edflib.Result result = Edflib.dump(file, 4);
        assertThat(result).as("EDFlib must accept a sub-second start").isInstanceOf(Edflib.Dump.class);
        Edflib.Dump dump = (Edflib.Dump) result;
        assertThat(dump.records()).isEqualTo(5);
        assertThat(dump.annotations()).as("EDFlib gives onsets from the first record: 3.75 - 0.25")
                .containsExactly(Annotation.at(3.5, "onset"));
    }

    @Test
    void finishesAFileWhoseWriterDiedMidRecord() throws IOException {
        Path file = dir.resolve("died.edf");
        EdfWriterSpec spec = EdfWriterSpec.of(SyntheticEdf.START, 1, SyntheticEdf.specs(8, 4));
        EdfPlusWriter writer = EdfPlusWriter.open(file, spec);
        SyntheticEdf.write(writer, spec, 0, 3);
        try (var out = java.nio.file.Files.newOutputStream(file, java.nio.file.StandardOpenOption.APPEND)) {
            out.write(new byte[7]);
        }
        assertThat(EdfPlusWriter.finishInterrupted(file)).isEqualTo(3);
        try (EdfReader reader = EdfReader.open(file, RecordingOptions.DEFAULTS)) {
            assertThat(reader.header().recordCount()).isEqualTo(3);
        }
        assertThat(new String(java.nio.file.Files.readAllBytes(file), 236, 8,
                java.nio.charset.StandardCharsets.US_ASCII).strip()).isEqualTo("3");
    }
}
