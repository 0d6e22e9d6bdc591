package io.seizmon.core.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files our writer wrote, then broken on purpose: each error names the file, the byte offset and the field. */
class EdfFormatErrorTest {

    /** The small file has 3 data signals + 1 annotation signal. */
    static final int NS = 4;
    static final int HEADER = 256 * (NS + 1);

    @TempDir
    Path dir;
    Path file;
    byte[] bytes;
    int recordBytes;

    @BeforeEach
    void writeGoodFile() throws IOException {
        file = SyntheticEdf.small(dir.resolve("good.edf"), 5);
        bytes = Files.readAllBytes(file);
        recordBytes = (bytes.length - HEADER) / 5;
    }

    private Path given(byte[] content) throws IOException {
        Path broken = dir.resolve("broken.edf");
        Files.write(broken, content);
        return broken;
    }

    private Path givenField(int offset, int width, String value) throws IOException {
        byte[] copy = bytes.clone();
        byte[] v = String.format("%-" + width + "s", value).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(v, 0, copy, offset, width);
        return given(copy);
    }

    private static void assertRejected(Path broken, long offset, String field) {
        assertThatThrownBy(() -> EdfReader.open(broken, RecordingOptions.DEFAULTS).close())
                .isInstanceOf(EdfFormatException.class)
                .hasMessageStartingWith(broken + ": byte " + offset + ", " + field + ": ")
                .satisfies(e -> assertThat(((EdfFormatException) e).offset()).isEqualTo(offset));
    }

    @Test
    void rejectsTruncatedHeader() throws IOException {
        assertRejected(given(Arrays.copyOf(bytes, 100)), 100, "header");
        assertRejected(given(Arrays.copyOf(bytes, 700)), 700, "signal headers");
    }

    @Test
    void rejectsGarbageNumbers() throws IOException {
        assertRejected(givenField(252, 4, "x4"), 252, "number of signals");
        assertRejected(givenField(244, 8, "1,0"), 244, "duration of a data record");
        assertRejected(givenField(236, 8, "five"), 236, "number of data records");
        assertRejected(givenField(256 + 104 * NS + 8, 8, "1.2.3"), 256 + 104 * NS + 8, "physical minimum of signal 1");
        assertRejected(givenField(256 + 216 * NS, 8, "0"), 256 + 216 * NS,
                "number of samples in each data record of signal 0");
    }

    @Test
    void rejectsWrongHeaderSizeAndVersion() throws IOException {
        assertRejected(givenField(184, 8, "1024"), 184, "number of bytes in header record");
        assertRejected(givenField(0, 8, "1"), 0, "version");
        assertRejected(givenField(168, 8, "31.02.24"), 168, "startdate of recording");
    }

    @Test
    void rejectsEmptyPhysicalAndDigitalRanges() throws IOException {
        assertRejected(givenField(256 + 112 * NS, 8, "-100"), 256 + 112 * NS, "physical maximum of signal 0");
        assertRejected(givenField(256 + 128 * NS + 16, 8, "-32768"), 256 + 128 * NS + 16,
                "digital maximum of signal 2");
        assertRejected(givenField(256 + 120 * NS, 8, "-40000"), 256 + 120 * NS, "digital minimum of signal 0");
    }

    @Test
    void rejectsTruncatedDataUnlessAskedToAcceptIt() throws IOException {
        Path broken = given(Arrays.copyOf(bytes, bytes.length - 10));
        assertThatThrownBy(() -> EdfReader.open(broken, RecordingOptions.DEFAULTS))
                .hasMessageStartingWith(broken + ": byte 236, number of data records: 5 records of " + recordBytes)
                .hasMessageContaining("4 complete records and a truncated record of " + (recordBytes - 10) + " bytes");
        try (EdfReader reader = EdfReader.open(broken, RecordingOptions.DEFAULTS.withAcceptTruncated(true))) {
            assertThat(reader.header().recordCount()).isEqualTo(4);
        }
    }

    @Test
    void readsCompleteRecordsWhenRecordCountIsUnknown() throws IOException {
        byte[] copy = Arrays.copyOf(bytes, bytes.length - 10);
        System.arraycopy("-1      ".getBytes(StandardCharsets.US_ASCII), 0, copy, 236, 8);
        try (EdfReader reader = EdfReader.open(given(copy), RecordingOptions.DEFAULTS)) {
            assertThat(reader.header().recordCount()).isEqualTo(4);
        }
    }

    @Test
    void rejectsMalformedTimeKeepingTal() throws IOException {
        int annotationStart = 2 * (256 + 128 + 1);
        byte[] copy = bytes.clone();
        long at = HEADER + 2L * recordBytes + annotationStart;
        copy[(int) at] = 'x';
        Path broken = given(copy);
        try (EdfReader reader = EdfReader.open(broken, RecordingOptions.DEFAULTS)) {
            reader.nextRecord();
            reader.nextRecord();
            assertThatThrownBy(reader::nextRecord).isInstanceOf(EdfFormatException.class)
                    .hasMessageStartingWith(broken + ": byte " + at + ", annotation onset: 'x2'");
            assertThatThrownBy(reader::annotations).hasMessageContaining("byte " + at + ", annotation onset");
        }
    }

    @Test
    void readsDiscontinuousRecordOnsetsFromTimeKeepingTals() throws IOException {
        int annotationStart = 2 * (256 + 128 + 1);
        byte[] copy = bytes.clone();
        System.arraycopy("EDF+D".getBytes(StandardCharsets.US_ASCII), 0, copy, 192, 5);
        copy[HEADER + 3 * recordBytes + annotationStart + 1] = '7';
        copy[HEADER + 4 * recordBytes + annotationStart + 1] = '8';
        try (EdfReader reader = EdfReader.open(given(copy), RecordingOptions.DEFAULTS)) {
            assertThat(reader.header().format()).isEqualTo(RecordingFormat.EDF_PLUS_D);
            double[] onsets = new double[5];
            while (reader.nextRecord()) {
                onsets[(int) reader.recordIndex()] = reader.recordOnsetSeconds();
            }
            assertThat(onsets).containsExactly(0, 1, 2, 7, 8);
        }
    }
}
