package io.seizmon.core.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV and one-value-per-line text recordings, and {@link Recordings#open} choosing readers. */
class TextReadersTest {

    @TempDir
    Path dir;

    private Path given(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void readsCsvWithHeaderInRecordsOfOneSecond() throws IOException {
        Path file = given("a.csv", "Fp1,Fp2\n1,2\n3,4.5\n\n5,-6e1\n");
        try (CsvReader reader = CsvReader.open(file, 2)) {
            assertThat(reader.header().signals().stream().map(SignalInfo::label)).containsExactly("Fp1", "Fp2");
            assertThat(reader.header().recordDurationSeconds()).isEqualTo(1.0);
            assertThat(reader.header().signal(0).sampleRateHz()).isEqualTo(2.0);
            double[] buf = new double[2];
            assertThat(reader.nextRecord()).isTrue();
            assertThat(reader.readPhysical(1, buf, 0)).isEqualTo(2);
            assertThat(buf).containsExactly(2, 4.5);
            assertThat(reader.nextRecord()).isTrue();
            assertThat(reader.samplesInRecord(1)).isEqualTo(1);
            assertThat(reader.recordOnsetSeconds()).isEqualTo(1.0);
            reader.readPhysical(1, buf, 0);
            assertThat(buf[0]).isEqualTo(-60);
            assertThat(reader.nextRecord()).isFalse();
        }
    }

    @Test
    void detectsSemicolonAndTabWithoutHeader() throws IOException {
        try (CsvReader reader = CsvReader.open(given("b.csv", "1,5;2\n3;4\n"), 10)) {
            assertThat(reader.delimiter()).isEqualTo(';');
            assertThat(reader.header().signals().stream().map(SignalInfo::label)).containsExactly("ch1", "ch2");
            reader.nextRecord();
            double[] buf = new double[10];
            reader.readPhysical(0, buf, 0);
            assertThat(buf[0]).isEqualTo(1.5);
        }
        try (CsvReader reader = CsvReader.open(given("c.csv", "1\t2\t3\n"), 10)) {
            assertThat(reader.delimiter()).isEqualTo('\t');
            assertThat(reader.header().signalCount()).isEqualTo(3);
        }
    }

    @Test
    void namesLineAndColumnOfABadNumber() throws IOException {
        Path file = given("bad.csv", "a,b\n1,2\n3,x7\n");
        try (CsvReader reader = CsvReader.open(file, 100)) {
            assertThatThrownBy(reader::nextRecord).isInstanceOf(TextFormatException.class)
                    .hasMessage(file + ": line 3, column 2: 'x7' is not a number");
        }
        Path ragged = given("ragged.csv", "1,2\n3\n");
        try (CsvReader reader = CsvReader.open(ragged, 100)) {
            assertThatThrownBy(reader::nextRecord).hasMessage(ragged + ": line 2: 1 fields (expected: 2)");
        }
    }

    @Test
    void readsBonnStyleTextAndRejectsABadLine() throws IOException {
        Path file = given("Z001.txt", " 12\n-3\n40\n");
        try (TextReader reader = TextReader.open(file, 173.61)) {
            assertThat(reader.header().signal(0).label()).isEqualTo("Z001");
            assertThat(reader.header().signal(0).sampleRateHz()).isEqualTo(173.61);
            assertThat(reader.header().recordCount()).isEqualTo(-1);
            reader.nextRecord();
            double[] buf = new double[174];
            assertThat(reader.readPhysical(0, buf, 0)).isEqualTo(3);
            assertThat(buf).startsWith(12, -3, 40);
        }
        Path bad = given("Z002.txt", "1\n2\n3.4.5\n");
        try (TextReader reader = TextReader.open(bad, 173.61)) {
            assertThatThrownBy(reader::nextRecord).hasMessage(bad + ": line 3, column 1: '3.4.5' is not a number");
        }
    }

    @Test
    void requiresASampleRateForText() {
        assertThatThrownBy(() -> Recordings.open(given("x.txt", "1\n"), RecordingOptions.DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("sampleRateHz: NaN");
    }

    @Test
    void choosesReaderByMagicAndExtension() throws IOException {
        Path edf = SyntheticEdf.small(dir.resolve("recording.dat"), 2);
        try (RecordingReader reader = Recordings.open(edf, RecordingOptions.DEFAULTS)) {
            assertThat(reader).isInstanceOf(EdfReader.class);
        }
        RecordingOptions rate = RecordingOptions.DEFAULTS.withSampleRateHz(256);
        try (RecordingReader reader = Recordings.open(given("a.csv", "1,2\n"), rate)) {
            assertThat(reader).isInstanceOf(CsvReader.class);
        }
        try (RecordingReader reader = Recordings.open(given("a.txt", "1\n"), rate)) {
            assertThat(reader).isInstanceOf(TextReader.class);
        }
        Path unknown = given("notes.xyz", "hello");
        assertThatThrownBy(() -> Recordings.open(unknown, rate)).isInstanceOf(RecordingFormatException.class)
                .hasMessageStartingWith(unknown + ": unknown recording format (extension 'xyz'");
    }
}
