package io.seizmon.simulator.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.seizmon.core.recording.Annotation;
import io.seizmon.core.recording.EventsTsv;
import io.seizmon.core.recording.LabelledEvent;
import io.seizmon.core.recording.RecordingFormatException;
import io.seizmon.core.recording.RecordingOptions;
import io.seizmon.core.recording.RecordingReader;
import io.seizmon.core.recording.Recordings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingSourceTest {

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    @Test
    void streamsEverySampleOfTheMostCommonRateAsEegCoreReadsItAndNamesTheSkippedSignals() throws IOException {
        Path file = EdfFixture.write(dir.resolve("night.edf"), List.of(EdfFixture.signal("A", "uV", 256),
                EdfFixture.signal("slow", "uV", 16), EdfFixture.signal("B", "uV", 256)), 5, List.of());
        try (RecordingSource source = open(file, RecordingSourceOptions.DEFAULTS)) {
            assertThat(source.sampleRateHz()).isEqualTo(256);
            assertThat(source.channelLabels()).containsExactly("A", "B");
            assertThat(source.durationSeconds()).isEqualTo(5);
            assertThat(source.name()).isEqualTo("night.edf");
            assertThat(readAll(source, 2, 100)).isEqualTo(expected(file, new int[] {0, 2}, 0, 1));
        }
        assertThat(warnings).singleElement().asString().contains(file.toString(), "'slow' (16.0 Hz)",
                "the 2 signals at 256.0 Hz");
    }

    @Test
    void breaksATieBetweenRatesByTheEarliestSignal() throws IOException {
        Path file = EdfFixture.write(dir.resolve("tie.edf"), List.of(EdfFixture.signal("slow", "uV", 32),
                EdfFixture.signal("fast", "uV", 256)), 2, List.of());
        try (RecordingSource source = open(file, RecordingSourceOptions.DEFAULTS)) {
            assertThat(source.channelLabels()).containsExactly("slow");
        }
        assertThat(warnings).singleElement().asString().contains("skipped at other rates: 'fast' (256.0 Hz)");
    }

    @Test
    void convertsMillivoltsAndVoltsToMicrovoltsAndWarnsAboutOtherUnits() throws IOException {
        Path file = EdfFixture.write(dir.resolve("units.edf"), List.of(EdfFixture.signal("m", "mV", 64),
                EdfFixture.signal("v", "V", 64), EdfFixture.signal("pct", "%", 64)), 2, List.of());
        try (RecordingSource source = open(file, RecordingSourceOptions.DEFAULTS)) {
            float[] samples = readAll(source, 3, 64);
            float[] file1 = expected(file, new int[] {0, 1, 2}, 0, 1);
            for (int i = 0; i < samples.length; i += 3) {
                assertThat(samples[i]).isEqualTo((float) (reader(file, 0, i / 3) * 1e3));
                assertThat(samples[i + 1]).isEqualTo((float) (reader(file, 1, i / 3) * 1e6));
                assertThat(samples[i + 2]).isEqualTo(file1[i + 2]);
            }
        }
        assertThat(warnings).singleElement().asString().contains("'pct' has unit '%', not a voltage");
    }

    @Test
    void picksChannelsByLabelOrIndexInTheGivenOrder() throws IOException {
        Path file = EdfFixture.write(dir.resolve("pick.edf"), List.of(EdfFixture.signal("A", "uV", 128),
                EdfFixture.signal("B", "uV", 128), EdfFixture.signal("C", "uV", 64)), 2, List.of());
        try (RecordingSource source = open(file, RecordingSourceOptions.DEFAULTS.withChannels(List.of("B", "0")))) {
            assertThat(source.channelLabels()).containsExactly("B", "A");
            assertThat(readAll(source, 2, 50)).isEqualTo(expected(file, new int[] {1, 0}, 0, 1));
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    void refusesChannelsThatDoNotExistOrDifferInRate() throws IOException {
        Path file = EdfFixture.write(dir.resolve("pick.edf"), List.of(EdfFixture.signal("A", "uV", 128),
                EdfFixture.signal("C", "uV", 64)), 1, List.of());
        assertThatIllegalArgumentException().isThrownBy(() -> open(file, RecordingSourceOptions.DEFAULTS
                .withChannels(List.of("A", "C")))).withMessage(file + ": --channels picks signals at different rates:"
                + " 'A' 128.0 Hz and 'C' 64.0 Hz (expected: one rate per stream)");
        assertThatIllegalArgumentException().isThrownBy(() -> open(file, RecordingSourceOptions.DEFAULTS
                .withChannels(List.of("Fp1")))).withMessage(file + ": --channels 'Fp1' is neither a signal label nor "
                + "an index 0..1 (labels: A, C)");
    }

    @Test
    void startsAtTheSampleOfTheGivenTime() throws IOException {
        Path file = EdfFixture.write(dir.resolve("start.edf"), List.of(EdfFixture.signal("A", "uV", 256)), 5,
                List.of());
        try (RecordingSource source = open(file, RecordingSourceOptions.DEFAULTS.withStartSeconds(2.5))) {
            assertThat(source.durationSeconds()).isEqualTo(2.5);
            float[] all = expected(file, new int[] {0}, 0, 1);
            assertThat(readAll(source, 1, 77)).isEqualTo(java.util.Arrays.copyOfRange(all, 640, all.length));
        }
        assertThatThrownBy(() -> open(file, RecordingSourceOptions.DEFAULTS.withStartSeconds(5)))
                .isInstanceOf(RecordingFormatException.class)
                .hasMessage(file + ": start 5.0 s is at or beyond the end of the recording (5.0 s)");
    }

    @Test
    void takesEventsFromAnnotationsRelativeToTheStartKeepingOnesStillRunning() throws IOException {
        Path file = EdfFixture.write(dir.resolve("ann.edf"), List.of(EdfFixture.signal("A", "uV", 64)), 6,
                List.of(new Annotation(3.0, 1, "bckg"), new Annotation(0.5, 1, "artifact"),
                        new Annotation(1.0, 2, "sz")));
        try (RecordingSource source = open(file, RecordingSourceOptions.DEFAULTS.withStartSeconds(2))) {
            assertThat(source.events()).extracting(LabelledEvent::onsetSeconds, LabelledEvent::eventType,
                    LabelledEvent::seizure).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(-1.0, "sz", true),
                    org.assertj.core.groups.Tuple.tuple(1.0, "bckg", false));
        }
    }

    @Test
    void prefersAnEventsFileBesideTheRecordingOrGivenOverAnnotations() throws IOException {
        Path file = EdfFixture.write(dir.resolve("sub-01_task-rest_eeg.edf"), List.of(EdfFixture.signal("A", "uV",
                64)), 4, List.of(new Annotation(1, 1, "from annotations")));
        EventsTsv.write(dir.resolve("sub-01_task-rest_events.tsv"), List.of(LabelledEvent.of(2, 1.5, "sz_foc_ia")));
        try (RecordingSource source = open(file, RecordingSourceOptions.DEFAULTS)) {
            assertThat(source.events()).extracting(LabelledEvent::eventType).containsExactly("sz_foc_ia");
        }
        Path given = dir.resolve("other.tsv");
        EventsTsv.write(given, List.of(LabelledEvent.of(0.25, 1, "given")));
        try (RecordingSource source = open(file, RecordingSourceOptions.DEFAULTS.withEventsFile(given))) {
            assertThat(source.events()).extracting(LabelledEvent::eventType).containsExactly("given");
        }
        Path missing = dir.resolve("missing.tsv");
        assertThatThrownBy(() -> open(file, RecordingSourceOptions.DEFAULTS.withEventsFile(missing)))
                .isInstanceOf(RecordingFormatException.class).hasMessage(missing + ": no such events file");
    }

    @Test
    void readsOneValuePerLineTextWithTheGivenRateOnly() throws IOException {
        Path file = Files.writeString(dir.resolve("Z001.txt"), "1\n-2.5\n3\n4\n5\n");
        assertThatIllegalArgumentException().isThrownBy(() -> open(file, RecordingSourceOptions.DEFAULTS))
                .withMessageStartingWith(file + ": sampleRateHz: NaN")
                .withMessageEndingWith("(give it with --rate HZ)");
        try (RecordingSource source = open(file, RecordingSourceOptions.DEFAULTS.withSampleRateHz(2))) {
            assertThat(source.durationSeconds()).isEqualTo(2.5);
            assertThat(source.channelLabels()).containsExactly("Z001");
            assertThat(readAll(source, 1, 2)).containsExactly(1f, -2.5f, 3f, 4f, 5f);
        }
    }

    @Test
    void failsAtOpenNamingTheFileForCorruptTruncatedMissingOrUnknownInput() throws IOException {
        Path good = EdfFixture.write(dir.resolve("good.edf"), List.of(EdfFixture.signal("A", "uV", 64)), 3,
                List.of());
        Path truncated = Files.write(dir.resolve("truncated.edf"), java.util.Arrays.copyOf(Files.readAllBytes(good),
                (int) Files.size(good) - 10));
        Path corrupt = Files.write(dir.resolve("corrupt.edf"), Files.readAllBytes(good));
        Files.write(corrupt, "x1  ".getBytes(java.nio.charset.StandardCharsets.US_ASCII), StandardOpenOption.WRITE);
        Files.write(dir.resolve("corrupt2.edf"), new byte[0]);
        Path badText = Files.writeString(dir.resolve("bad.txt"), "1\n2\nthree\n");
        assertOpenFails(truncated, truncated + ": byte ");
        assertOpenFails(corrupt, corrupt + ": byte 0");
        assertOpenFails(dir.resolve("missing.edf"), dir.resolve("missing.edf") + ": no such file");
        assertOpenFails(Files.writeString(dir.resolve("notes.xyz"), "hello"), "unknown recording format");
        assertThatThrownBy(() -> open(badText, RecordingSourceOptions.DEFAULTS.withSampleRateHz(10)))
                .isInstanceOf(RecordingFormatException.class).hasMessage(badText + ": line 3, column 1: 'three' is not"
                + " a number");
    }

    @Test
    void refusesAValueThatDoesNotFitFloat32() throws IOException {
        Path file = Files.writeString(dir.resolve("big.txt"), "1\n1e39\n");
        try (RecordingSource source = open(file, RecordingSourceOptions.DEFAULTS.withSampleRateHz(1))) {
            assertThatThrownBy(() -> source.read(new float[2], 2)).isInstanceOf(RecordingFormatException.class)
                    .hasMessage(file + ": record 1, sample 0 of signal 'big': 1.0E39 does not fit a float32 µV value");
        }
    }

    private void assertOpenFails(Path file, String message) {
        assertThatThrownBy(() -> open(file, RecordingSourceOptions.DEFAULTS))
                .isInstanceOf(RecordingFormatException.class).hasMessageContaining(message);
    }

    private RecordingSource open(Path file, RecordingSourceOptions options) throws IOException {
        return RecordingSource.open(file, options, warnings::add);
    }

    /** Reads the whole source in reads of {@code step} samples. */
    private static float[] readAll(RecordingSource source, int channels, int step) throws IOException {
        List<Float> values = new ArrayList<>();
        float[] buffer = new float[channels * step];
        int n;
        while ((n = source.read(buffer, step)) > 0) {
            for (int i = 0; i < n * channels; i++) {
                values.add(buffer[i]);
            }
        }
        float[] all = new float[values.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = values.get(i);
        }
        return all;
    }

    /** Returns the given signals interleaved as float, read by eeg-core's reader: the reference. */
    static float[] expected(Path file, int[] signals, int fromRecord, double factor) throws IOException {
        List<Float> values = new ArrayList<>();
        try (RecordingReader reader = Recordings.open(file, RecordingOptions.DEFAULTS)) {
            int[] data = reader.header().dataSignalIndices();
            for (long r = 0; reader.nextRecord(); r++) {
                int n = reader.samplesInRecord(data[signals[0]]);
                double[][] block = new double[signals.length][n];
                for (int c = 0; c < signals.length; c++) {
                    reader.readPhysical(data[signals[c]], block[c], 0);
                }
                for (int i = 0; i < n && r >= fromRecord; i++) {
                    for (int c = 0; c < signals.length; c++) {
                        values.add((float) (block[c][i] * factor));
                    }
                }
            }
        }
        float[] all = new float[values.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = values.get(i);
        }
        return all;
    }

    private static double reader(Path file, int signal, int sampleIndex) throws IOException {
        try (RecordingReader reader = Recordings.open(file, RecordingOptions.DEFAULTS)) {
            int perRecord = reader.header().signal(signal).samplesPerRecord();
            double[] block = new double[perRecord];
            for (int r = 0; r <= sampleIndex / perRecord; r++) {
                reader.nextRecord();
            }
            reader.readPhysical(signal, block, 0);
            return block[sampleIndex % perRecord];
        }
    }
}
