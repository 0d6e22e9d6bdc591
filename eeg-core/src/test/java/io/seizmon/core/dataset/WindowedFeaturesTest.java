package io.seizmon.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import io.seizmon.core.feature.FeatureSpec;
import io.seizmon.core.feature.WelchPeriodogram;
import io.seizmon.core.quality.QualitySpec;
import io.seizmon.core.recording.EdfPlusWriter;
import io.seizmon.core.recording.EdfSignalSpec;
import io.seizmon.core.recording.EdfWriterSpec;
import io.seizmon.core.testing.TestData;
import io.seizmon.core.window.GapReason;
import io.seizmon.core.wire.ChannelQuality;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowedFeaturesTest {

    private static final double RATE = 256.0;
    private static final int EDF_HEADER_BYTES = 256 * 3;
    private static final int EDF_RECORD_BYTES = 2 * 256 + EdfWriterSpec.DEFAULT_ANNOTATION_BYTES_PER_RECORD;

    @TempDir
    Path dir;

    @Test
    void segmentWindowsCarryTheSegmentLabelAndTheFeaturesOfTheirOwnSamples() throws IOException {
        double[] signal = noise(12 * (int) RATE, 1);
        Path file = textFile("seg.txt", signal);
        WindowedFeatures windowed = new WindowedFeatures(FeatureSpec.of(RATE, 5), 5);

        EntryWindows result = windowed.extract(new LabelledSegment(file, true, RATE, 0, "g"));

        assertThat(result.windows()).hasSize(2).allMatch(LabelledWindow::seizure);
        assertThat(result.windows()).extracting(LabelledWindow::startSeconds).containsExactly(0.0, 5.0);
        assertThat(result.windows()).extracting(LabelledWindow::endSeconds).containsExactly(5.0, 10.0);
        assertThat(result.windows().get(1).features()).containsExactly(direct(signal, 1280, 1280));
        assertThat(result.gaps()).isEmpty();
    }

    @Test
    void gatedWindowsCarryTheGatesVerdictAndRefusedOnesHaveNoFeatures() throws IOException {
        double[] signal = noise(12 * (int) RATE, 4);
        Arrays.fill(signal, 5 * (int) RATE, 10 * (int) RATE, 3.0);
        Path file = textFile("seg.txt", signal);
        LabelledSegment segment = new LabelledSegment(file, true, RATE, 0, "g");

        EntryWindows gated = new WindowedFeatures(FeatureSpec.of(RATE, 5), 1, QualitySpec.DEFAULT).extract(segment);
        EntryWindows ungated = new WindowedFeatures(FeatureSpec.of(RATE, 5), 1).extract(segment);

        assertThat(gated.windows()).extracting(LabelledWindow::quality).containsExactly(ChannelQuality.OK,
                ChannelQuality.FLAT, ChannelQuality.FLAT, ChannelQuality.FLAT, ChannelQuality.FLAT,
                ChannelQuality.FLAT, ChannelQuality.FLAT, ChannelQuality.FLAT);
        assertThat(gated.windows().get(1).features()).containsOnly(Float.NaN);
        assertThat(gated.windows().get(0).features()).containsExactly(direct(signal, 0, 1280));
        assertThat(ungated.windows()).hasSize(8).extracting(LabelledWindow::quality).containsOnly(ChannelQuality.OK);
        assertThat(ungated.windows().get(1).features()).doesNotContain(Float.NaN);
    }

    @Test
    void hopSetsTheWindowCountAndNonSeizureSegmentsStayNonSeizure() throws IOException {
        Path file = textFile("seg.txt", noise(12 * (int) RATE, 2));
        WindowedFeatures windowed = new WindowedFeatures(FeatureSpec.of(RATE, 5), 1);

        EntryWindows result = windowed.extract(new LabelledSegment(file, false, RATE, 0, "g"));

        assertThat(result.windows()).hasSize(8).noneMatch(LabelledWindow::seizure);
        assertThat(result.windows().get(7).startSeconds()).isEqualTo(7.0);
        assertThat(result.seizureCount()).isZero();
    }

    @Test
    void continuousWindowIsSeizureWhenHalfOfItIsCovered() throws IOException {
        Path edf = edf("rec.edf", 20);
        ContinuousRecording recording = new ContinuousRecording(edf, Double.NaN, 0,
                List.of(new SeizureInterval(7.5, 12.5)), "test", "rec");

        EntryWindows result = new WindowedFeatures(FeatureSpec.of(RATE, 5), 1).extract(recording);

        assertThat(result.windows()).hasSize(16);
        assertThat(result.windows().stream().filter(LabelledWindow::seizure).map(LabelledWindow::startSeconds)
                .collect(Collectors.toList())).containsExactly(5.0, 6.0, 7.0, 8.0, 9.0, 10.0);
    }

    @Test
    void overlapsOfSeveralSeizuresAddUp() {
        List<SeizureInterval> two = List.of(new SeizureInterval(0, 1.5), new SeizureInterval(3.5, 5));
        assertThat(WindowedFeatures.isSeizure(two.subList(0, 1), 0, 5)).isFalse();
        assertThat(WindowedFeatures.isSeizure(two.subList(1, 2), 0, 5)).isFalse();
        assertThat(WindowedFeatures.isSeizure(two, 0, 5)).isTrue();
        assertThat(WindowedFeatures.isSeizure(two, 1, 6)).isFalse();
        assertThat(WindowedFeatures.isSeizure(two, 1, 5)).isTrue();
        assertThat(WindowedFeatures.isSeizure(List.of(), 0, 5)).isFalse();
    }

    @Test
    void edfPlusDiscontinuityBecomesAGapThatNoWindowSpans() throws IOException {
        Path edf = edf("rec.edf", 20);
        byte[] bytes = Files.readAllBytes(edf);
        System.arraycopy("EDF+D".getBytes(StandardCharsets.US_ASCII), 0, bytes, 192, 5);
        for (int record = 10; record < 20; record++) {
            bytes[EDF_HEADER_BYTES + record * EDF_RECORD_BYTES + 2 * 256 + 1] = '3'; // "+1x" -> "+3x"
        }
        Path discontinuous = Files.write(dir.resolve("recd.edf"), bytes);
        ContinuousRecording recording = new ContinuousRecording(discontinuous, Double.NaN, 0,
                List.of(new SeizureInterval(31, 40)), "test", "rec");

        EntryWindows result = new WindowedFeatures(FeatureSpec.of(RATE, 5), 1).extract(recording);

        assertThat(result.gaps()).singleElement().satisfies(gap -> {
            assertThat(gap.reason()).isEqualTo(GapReason.TIMESTAMP_GAP);
            assertThat(gap.fromMicros()).isEqualTo(10_000_000L);
            assertThat(gap.toMicros()).isEqualTo(30_000_000L);
        });
        assertThat(result.windows()).extracting(LabelledWindow::startSeconds)
                .containsExactly(0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 30.0, 31.0, 32.0, 33.0, 34.0, 35.0);
        assertThat(result.windows()).filteredOn(LabelledWindow::seizure).hasSize(6);
    }

    @Test
    void refusesAnEntryAtAnotherRateNamingTheFile() throws IOException {
        Path file = textFile("seg.txt", noise(1280, 3));
        WindowedFeatures windowed = new WindowedFeatures(FeatureSpec.of(RATE, 5), 5);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> windowed.extract(new LabelledSegment(file, true, 512, 0, "g")))
                .withMessageContaining(file.toString()).withMessageContaining("sampleRateHz 512.0")
                .withMessageContaining("expected: 256.0");
    }

    @Test
    void refusesAMissingChannel() throws IOException {
        Path edf = edf("rec.edf", 6);
        WindowedFeatures windowed = new WindowedFeatures(FeatureSpec.of(RATE, 5), 5);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> windowed.extract(new ContinuousRecording(edf, Double.NaN, 1, List.of(), "t", "g")))
                .withMessageContaining("channel 1 (expected: a data signal of 2 signals)");
    }

    @Test
    void bonnFilesGiveFourFiveSecondWindowsAtAFiveSecondHop() throws IOException {
        Manifest bonn = Manifests.load(TestData.require("bonn"));
        WindowedFeatures windowed = new WindowedFeatures(FeatureSpec.of(173.61, 5), 5);

        for (DatasetEntry entry : bonn.entries()) {
            EntryWindows result = windowed.extract(entry);
            assertThat(result.windows()).as("%s", entry.path()).hasSize(4)
                    .allMatch(w -> w.seizure() == ((LabelledSegment) entry).seizure());
            assertThat(result.windows().get(3).startSeconds()).isCloseTo(3 * 868 / 173.61, within(1e-6));
            // 173.61 Hz: bands 88..99 lie above Nyquist + half a Welch bin and are exactly log10(1e-6)
            assertThat(IntStream.range(88, 100).mapToDouble(k -> result.windows().get(0).features()[k]))
                    .containsOnly(-6.0);
        }
    }

    private Path textFile(String name, double[] values) throws IOException {
        String text = java.util.Arrays.stream(values).mapToObj(Double::toString)
                .collect(Collectors.joining("\n", "", "\n"));
        return Files.writeString(dir.resolve(name), text);
    }

    /** One 256-Hz signal of {@code seconds} 1-s records; a 10-Hz tone in noise. */
    private Path edf(String name, int seconds) throws IOException {
        Path file = dir.resolve(name);
        EdfWriterSpec spec = EdfWriterSpec.of(LocalDateTime.of(2024, 1, 1, 0, 0), 1.0,
                List.of(EdfSignalSpec.of("EEG", "uV", -500, 500, 256)));
        double[] all = noise(seconds * 256, 4);
        try (EdfPlusWriter writer = EdfPlusWriter.open(file, spec)) {
            for (int r = 0; r < seconds; r++) {
                double[] record = java.util.Arrays.copyOfRange(all, r * 256, (r + 1) * 256);
                writer.writeRecord(new double[][] {record});
            }
        }
        return file;
    }

    private static double[] noise(int n, long seed) {
        Random random = new Random(seed);
        return IntStream.range(0, n).mapToDouble(i -> 20 * random.nextGaussian()
                + 30 * Math.sin(2 * Math.PI * 10 * i / RATE)).map(x -> (float) x).toArray();
    }

    private static float[] direct(double[] signal, int from, int length) {
        float[] out = new float[100];
        new WelchPeriodogram(FeatureSpec.of(RATE, 5)).computeFeatures(
                java.util.Arrays.copyOfRange(signal, from, from + length), 0, out, 0);
        return out;
    }
}
