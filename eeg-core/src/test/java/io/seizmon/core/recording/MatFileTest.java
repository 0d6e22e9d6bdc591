package io.seizmon.core.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link MatFile} and {@link MatReader} on MAT-files written by SciPy ({@code src/test/resources/mat/
 * make_mat_fixtures.py}, an independent writer): values, skipped variables, and errors naming file, offset, field.
 */
class MatFileTest {

    private static final double RATE = 399.6097561;

    @TempDir
    Path dir;

    @Test
    void readsTheRealMatricesScipyWrote() throws IOException {
        Map<String, MatFile.Matrix> vars = MatFile.read(fixture("clip.mat"),
                Set.of("data", "freq", "counts", "label", "channels"));

        assertThat(vars.keySet()).as("the struct and the char array are skipped").containsExactly("data", "freq",
                "counts");
        MatFile.Matrix data = vars.get("data");
        assertThat(data.rows()).isEqualTo(3);
        assertThat(data.columns()).isEqualTo(5);
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 5; c++) {
                assertThat(data.get(r, c)).as("data[%d, %d]", r, c).isEqualTo(0.5 * (r * 100 + c) - 7.25);
            }
        }
        assertThat(vars.get("freq").values()).containsExactly(RATE);
        assertThat(vars.get("counts").values()).as("stored as miINT16").containsExactly(1, -2, 300);
    }

    @Test
    void readerGivesOneRecordWithARowPerChannel() throws IOException {
        try (RecordingReader reader = Recordings.open(fixture("clip.mat"), RecordingOptions.DEFAULTS)) {
            RecordingHeader h = reader.header();
            assertThat(h.format()).isEqualTo(RecordingFormat.MAT);
            assertThat(h.signalCount()).isEqualTo(3);
            assertThat(h.signal(1).label()).isEqualTo("ch2");
            assertThat(h.signal(1).sampleRateHz()).isEqualTo(RATE);
            assertThat(h.recordDurationSeconds()).isCloseTo(5 / RATE, within(1e-15));
            assertThat(reader.recordIndex()).isEqualTo(-1);
            assertThat(reader.nextRecord()).isTrue();
            double[] row = new double[6];
            assertThat(reader.readPhysical(2, row, 1)).isEqualTo(5);
            assertThat(row).containsExactly(0, 92.75, 93.25, 93.75, 94.25, 94.75);
            assertThat(reader.nextRecord()).isFalse();
            assertThatThrownBy(() -> reader.readPhysical(0, row, 0)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void refusesCompressedFilesNamingOffsetAndField() {
        Path file = fixture("clip-compressed.mat");

        assertThatThrownBy(() -> MatFile.read(file, Set.of("data"))).isInstanceOf(MatFormatException.class)
                .hasMessage(file + ": byte 128, data element type: 15 (miCOMPRESSED) is not supported (expected: "
                        + "uncompressed, as R and MATLAB 'save -v6' write)");
    }

    @Test
    void truncatedFileSaysWhereItEnds() throws IOException {
        byte[] whole = Files.readAllBytes(fixture("clip.mat"));
        Path cut = Files.write(dir.resolve("cut.mat"), Arrays.copyOf(whole, 200));

        assertThatThrownBy(() -> MatFile.read(cut, Set.of("data"))).isInstanceOf(MatFormatException.class)
                .hasMessage(cut + ": byte 184, real part of 'data': the file ends after 16 of 120 bytes (expected: "
                        + "a complete element)");
    }

    @Test
    void refusesAFileThatIsNotALevel5MatFile() throws IOException {
        Path text = Files.writeString(dir.resolve("x.mat"), "hello".repeat(40));

        assertThatThrownBy(() -> Recordings.open(text, RecordingOptions.DEFAULTS))
                .isInstanceOf(MatFormatException.class)
                .hasMessageStartingWith(text + ": byte 0, header text: 'hellohellohellohell' (expected: 'MATLAB 5.0");
    }

    @Test
    void missingVariableIsNamed() throws IOException {
        byte[] whole = Files.readAllBytes(fixture("clip.mat"));
        whole[0xA8 + 7] = 'e'; // 'data' -> 'date'
        Path renamed = Files.write(dir.resolve("renamed.mat"), whole);

        assertThatThrownBy(() -> MatReader.open(renamed)).isInstanceOf(RecordingFormatException.class)
                .hasMessageContaining("no numeric variable 'data'");
    }

    static Path fixture(String name) {
        try {
            return Path.of(MatFileTest.class.getResource("/mat/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
