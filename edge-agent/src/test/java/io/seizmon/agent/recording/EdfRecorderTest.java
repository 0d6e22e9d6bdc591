package io.seizmon.agent.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import io.seizmon.agent.pipeline.StreamKey;
import io.seizmon.core.detect.DetectionSpec;
import io.seizmon.core.recording.Annotation;
import io.seizmon.core.recording.EdfPlusWriter;
import io.seizmon.core.recording.EdfReader;
import io.seizmon.core.recording.EdfSignalSpec;
import io.seizmon.core.recording.EdfWriterSpec;
import io.seizmon.core.recording.RecordingHeader;
import io.seizmon.core.recording.RecordingOptions;
import io.seizmon.core.wire.AlertEvent;
import io.seizmon.core.wire.AlertKind;
import io.seizmon.core.wire.EegFrame;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recorder, driven as the pipeline drives it, its files read back with eeg-core's {@link EdfReader}. */
class EdfRecorderTest {

    private static final int RATE = 1000;
    private static final int FRAME = 100;
    private static final double RANGE = 3276.7;
    /** 2026-01-01T00:00:00.250Z. */
    private static final long T0 = 1_767_225_600_250_000L;
    private static final StreamKey KEY = new StreamKey("cage-07", false);

    @TempDir
    Path dir;

    private RecordingSettings settings(Path directory, long fileSeconds, long queueMaxSamples) {
        return new RecordingSettings("edge-01", directory, fileSeconds, RANGE, 1L << 30, Duration.ofDays(30),
                queueMaxSamples);
    }

    private EdfRecorder recorder(long fileSeconds) {
        return new EdfRecorder(settings(dir, fileSeconds, 4_000_000), System::nanoTime, System::currentTimeMillis);
    }

    /** Channel c at sample i (from the stream's start): a sine and a ramp, within the physical range. */
    private static double value(int c, long i) {
        return 1500 * Math.sin(2 * Math.PI * (c + 1) * i / 977.0) + (i % 1000) * 0.37 * (c == 0 ? 1 : -1);
    }

    /** Frame {@code seq} of a 2-channel stream with 100 samples per frame, first sample {@code firstSample}. */
    private static EegFrame frame(long seq, long firstSample) {
        float[] samples = new float[2 * FRAME];
        for (int i = 0; i < FRAME; i++) {
            for (int c = 0; c < 2; c++) {
                samples[i * 2 + c] = (float) value(c, firstSample + i);
            }
        }
        return new EegFrame(KEY.subjectId(), false, seq, T0 + firstSample * 1000, RATE, 2, FRAME, samples);
    }

    private static void feed(EdfRecorder recorder, long fromSeq, long toSeq, long sampleShift) {
        for (long s = fromSeq; s < toSeq; s++) {
            recorder.onFrame(KEY, frame(s, s * FRAME + sampleShift), List.of("C3", "C4-LONG-LABEL-OVER-16"));
        }
    }

    private static AlertEvent event(AlertKind kind, Integer channel, long onsetMicros, Long offsetMicros) {
        boolean seizure = kind.seizure();
        return new AlertEvent(AlertEvent.idFor("edge-01", KEY.subjectId(), channel, onsetMicros, kind), "edge-01",
                KEY.subjectId(), false, channel == null ? OptionalInt.empty() : OptionalInt.of(channel),
                channel == null ? Optional.empty() : Optional.of("C4"), kind, seizure ? 1 : 0, onsetMicros,
                offsetMicros == null ? OptionalLong.empty() : OptionalLong.of(offsetMicros), onsetMicros + 4_000_000,
                onsetMicros + 4_000_000, seizure ? 0.93 : 0, seizure ? 3 : 0, "m", "0".repeat(64),
                DetectionSpec.of(0.5, 3, 4, 3, 0, 30),
                "3 of 4 windows >= 0.5");
    }

    private List<Path> files(String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** Checks every sample of the file against {@link #value}, from stream sample {@code firstSample}. */
    private static void assertSamples(EdfReader reader, long firstSample) throws IOException {
        double[] buf = new double[RATE];
        double halfStep = 0.5 * 2 * RANGE / 65535 + 1e-6;
        while (reader.nextRecord()) {
            for (int c = 0; c < 2; c++) {
                reader.readPhysical(c, buf, 0);
                for (int i = 0; i < RATE; i++) {
                    long n = firstSample + reader.recordIndex() * RATE + i;
                    double expected = (float) value(c, n);
                    if (Math.abs(buf[i] - expected) > halfStep) {
                        fail("channel " + c + " sample " + n + ": " + buf[i] + " vs " + expected + " (tolerance "
                                + halfStep + ")");
                    }
                }
            }
        }
    }

    @Test
    void writesSamplesLabelsStartAndAnnotationsAndRollsOverAtTheFileDuration() throws Exception {
        EdfRecorder recorder = recorder(10);
        feed(recorder, 0, 40, 0);
        recorder.onEvent(event(AlertKind.SEIZURE_ONSET, 1, T0 + 3_500_000, null));
        feed(recorder, 40, 125, 0);
        recorder.onEvent(event(AlertKind.SEIZURE_OFFSET, 1, T0 + 3_500_000, T0 + 11_000_000L));
        recorder.close();

        assertThat(files(".part")).isEmpty();
        assertThat(files(".edf")).extracting(p -> p.getFileName().toString())
                .containsExactly("live-cage-07-20260101T000000Z.edf", "live-cage-07-20260101T000010Z.edf");
        try (EdfReader reader = EdfReader.open(files(".edf").get(0), RecordingOptions.DEFAULTS)) {
            RecordingHeader h = reader.header();
            assertThat(h.startTime()).isEqualTo(LocalDateTime.of(2026, 1, 1, 0, 0, 0));
            assertThat(h.recordCount()).isEqualTo(10);
            assertThat(h.recordDurationSeconds()).isEqualTo(1);
            assertThat(h.signal(0).label()).isEqualTo("C3");
            assertThat(h.signal(1).label()).isEqualTo("C4-LONG-LABEL-OV");
            assertThat(h.signal(0).physicalDimension()).isEqualTo("uV");
            assertThat(h.patient()).startsWith("cage-07 ");
            reader.nextRecord();
            assertThat(reader.recordOnsetSeconds()).isEqualTo(0.25);
            assertThat(reader.annotations()).filteredOn(a -> a.text().startsWith("seizure_onset")).singleElement()
                    .satisfies(a -> {
                        assertThat(a.onsetSeconds()).isEqualTo(3.75);
                        assertThat(a.text()).contains("ch1 C4").contains("#1").contains("p=0.930")
                                .endsWith("id=edge-01:cage-07:1:" + (T0 + 3_500_000) + ":seizure_onset");
                    });
        }
        try (EdfReader reader = EdfReader.open(files(".edf").get(0), RecordingOptions.DEFAULTS)) {
            assertSamples(reader, 0);
        }
        try (EdfReader reader = EdfReader.open(files(".edf").get(1), RecordingOptions.DEFAULTS)) {
            assertThat(reader.header().startTime()).isEqualTo(LocalDateTime.of(2026, 1, 1, 0, 0, 10));
            assertThat(reader.header().recordCount()).as("12.5 s in all: 2 whole records after the first 10")
                    .isEqualTo(2);
            assertThat(reader.annotations()).singleElement().satisfies(a -> {
                assertThat(a.onsetSeconds()).isEqualTo(11.25 - 10);
                assertThat(a.text()).startsWith("seizure_offset ch1");
            });
            assertSamples(reader, 10 * RATE);
        }
        try (EdfReader reader = EdfReader.open(files(".edf").get(1), RecordingOptions.DEFAULTS)) {
            reader.nextRecord();
            assertThat(reader.recordOnsetSeconds()).isEqualTo(0.25);
        }
        assertThat(recorder.stats().filesClosed()).isEqualTo(2);
        assertThat(recorder.stats().filesOpen()).isZero();
        assertThat(recorder.stats().samplesClipped()).isZero();
        assertThat(recorder.stats().bytesWritten()).isEqualTo(Files.size(files(".edf").get(0))
                + Files.size(files(".edf").get(1)));
    }

    @Test
    void aGapEndsTheFileAndTheNextFrameStartsAnother() throws Exception {
        EdfRecorder recorder = recorder(3600);
        feed(recorder, 0, 30, 0);
        recorder.onEvent(event(AlertKind.SIGNAL_GAP, null, T0 + 3_000_000, T0 + 5_000_000L));
        recorder.onBreak(KEY);
        feed(recorder, 50, 80, 0);
        feed(recorder, 90, 120, 0);
        recorder.close();

        List<Path> files = files(".edf");
        assertThat(files).hasSize(3);
        long[] firstSamples = {0, 50 * FRAME, 90 * FRAME};
        for (int f = 0; f < 3; f++) {
            try (EdfReader reader = EdfReader.open(files.get(f), RecordingOptions.DEFAULTS)) {
                assertThat(reader.header().recordCount()).isEqualTo(3);
                reader.nextRecord();
                double start = (T0 + firstSamples[f] * 1000) / 1e6;
                assertThat(reader.header().startTime().toEpochSecond(java.time.ZoneOffset.UTC)
                        + reader.recordOnsetSeconds()).isCloseTo(start, org.assertj.core.data.Offset.offset(1e-6));
            }
            try (EdfReader reader = EdfReader.open(files.get(f), RecordingOptions.DEFAULTS)) {
                assertSamples(reader, firstSamples[f]);
            }
        }
        try (EdfReader reader = EdfReader.open(files.get(0), RecordingOptions.DEFAULTS)) {
            assertThat(reader.annotations()).singleElement().satisfies(a -> {
                assertThat(a.onsetSeconds()).isEqualTo(3.25);
                assertThat(a.durationSeconds()).isEqualTo(2);
                assertThat(a.text()).startsWith("signal_gap stream 3 of 4");
            });
        }
    }

    @Test
    void clipsSamplesBeyondTheRangeToTheRailAndCountsThem() throws Exception {
        EdfRecorder recorder = recorder(3600);
        for (int s = 0; s < 10; s++) {
            float[] samples = new float[2 * FRAME];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = i % 10 == 0 ? 5000f : i % 10 == 1 ? -4000f : 12.5f;
            }
            recorder.onFrame(KEY, new EegFrame(KEY.subjectId(), false, s, T0 + s * 100_000L, RATE, 2, FRAME,
                    samples), null);
        }
        recorder.close();
        assertThat(recorder.stats().samplesClipped()).isEqualTo(2 * 10 * (2 * FRAME / 10));
        try (EdfReader reader = EdfReader.open(files(".edf").get(0), RecordingOptions.DEFAULTS)) {
            assertThat(reader.header().signal(0).label()).isEqualTo("ch0");
            assertThat(reader.header().signal(1).label()).isEqualTo("ch1");
            reader.nextRecord();
            double[] buf = new double[RATE];
            reader.readPhysical(0, buf, 0);
            assertThat(buf[0]).isCloseTo(RANGE, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(buf[1]).isCloseTo(12.5, org.assertj.core.data.Offset.offset(0.06));
            assertThat(buf[5]).isCloseTo(RANGE, org.assertj.core.data.Offset.offset(1e-6));
            reader.readPhysical(1, buf, 0);
            assertThat(buf[0]).isCloseTo(-RANGE, org.assertj.core.data.Offset.offset(1e-6));
        }
    }

    @Test
    void aFullQueueDropsForTheRecordingOnlyCountsAndEndsTheFileAtTheHole() throws Exception {
        EdfRecorder recorder = new EdfRecorder(settings(dir, 3600, 2 * FRAME * 20), System::nanoTime,
                System::currentTimeMillis);
        feed(recorder, 0, 20, 0);
        feed(recorder, 20, 25, 0);
        assertThat(recorder.stats().dropped()).isEqualTo(5);
        recorder.drain();
        feed(recorder, 25, 45, 0);
        recorder.close();

        assertThat(files(".edf")).hasSize(2);
        try (EdfReader reader = EdfReader.open(files(".edf").get(0), RecordingOptions.DEFAULTS)) {
            assertThat(reader.header().recordCount()).isEqualTo(2);
            assertSamples(reader, 0);
        }
        try (EdfReader reader = EdfReader.open(files(".edf").get(1), RecordingOptions.DEFAULTS)) {
            assertThat(reader.header().recordCount()).isEqualTo(2);
            assertSamples(reader, 25 * FRAME);
        }
    }

    @Test
    void aFailingDirectoryIsCountedNeverThrownAndRetriedAfterAFilePeriod() throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x");
        EdfRecorder recorder = new EdfRecorder(settings(notADirectory.resolve("recordings"), 10, 4_000_000),
                System::nanoTime, System::currentTimeMillis);
        long atStart = recorder.stats().writeErrors();
        assertThat(atStart).as("the directory cannot be created").isPositive();
        feed(recorder, 0, 50, 0);
        recorder.onEvent(event(AlertKind.SEIZURE_ONSET, 0, T0 + 1_000_000, null));
        recorder.drain();
        assertThat(recorder.stats().writeErrors()).as("one failed open, then paused").isEqualTo(atStart + 1);
        assertThat(recorder.stats().framesSkipped()).as("frames 1..49 in the paused period").isEqualTo(49);
        feed(recorder, 100, 101, 0);
        recorder.drain();
        assertThat(recorder.stats().writeErrors()).as("retried after one file period (10 s)").isEqualTo(atStart + 2);
        recorder.close();
        assertThat(recorder.stats().filesOpen()).isZero();
    }

    @Test
    void retentionDeletesOldAndThenOldestClosedFilesButNeverAnOpenOne() throws Exception {
        long now = System.currentTimeMillis();
        Path ancient = file("live-a-20250101T000000Z.edf", 1000, now - Duration.ofDays(31).toMillis());
        Path oldest = file("live-a-20251201T000000Z.edf", 400_000, now - Duration.ofDays(20).toMillis());
        Path older = file("live-a-20251202T000000Z.edf", 400_000, now - Duration.ofDays(19).toMillis());
        Path newest = file("live-a-20251203T000000Z.edf", 400_000, now - Duration.ofDays(1).toMillis());
        Path open = file("live-b-20251101T000000Z.edf.part", 400_000, now - Duration.ofDays(40).toMillis());
        RecordingStats stats = new RecordingStats();
        new RecordingDirectory(new RecordingSettings("edge-01", dir, 3600, RANGE, 1_000_000, Duration.ofDays(30),
                4_000_000), () -> now, stats).enforceRetention();
        assertThat(ancient).doesNotExist();
        assertThat(oldest).doesNotExist();
        assertThat(older).doesNotExist();
        assertThat(newest).exists();
        assertThat(open).as("open files are never deleted, whatever their age").exists();
        assertThat(stats.filesDeleted()).isEqualTo(3);
    }

    private Path file(String name, int bytes, long modifiedMillis) throws IOException {
        Path file = Files.write(dir.resolve(name), new byte[bytes]);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(modifiedMillis));
        return file;
    }

    @Test
    void finishesTheFilesACrashLeftOpenWhenItStarts() throws Exception {
        Path part = dir.resolve("live-cage-07-20260101T000000Z.edf.part");
        EdfWriterSpec spec = EdfWriterSpec.of(LocalDateTime.of(2026, 1, 1, 0, 0), 1,
                List.of(EdfSignalSpec.of("C3", "uV", -RANGE, RANGE, RATE)));
        EdfPlusWriter crashed = EdfPlusWriter.open(part, spec);
        crashed.addAnnotation(Annotation.at(0.5, "seizure_onset ch0"));
        for (int r = 0; r < 3; r++) {
            crashed.writeRecord(new double[][] {new double[RATE]});
        }
        Files.write(part, new byte[100], java.nio.file.StandardOpenOption.APPEND);
        Files.write(dir.resolve("live-x-20260101T000000Z.edf.part"), new byte[10]);

        recorder(3600).close();

        assertThat(files(".part")).isEmpty();
        assertThat(files(".damaged")).hasSize(1);
        try (EdfReader reader = EdfReader.open(dir.resolve("live-cage-07-20260101T000000Z.edf"),
                RecordingOptions.DEFAULTS)) {
            assertThat(reader.header().recordCount()).isEqualTo(3);
            assertThat(reader.annotations()).extracting(Annotation::text).containsExactly("seizure_onset ch0");
        }
        crashed.close();
    }

    @Test
    void theWriterThreadWritesWhileThePipelineGoesOnAndCloseFinishesTheFiles() throws Exception {
        EdfRecorder recorder = recorder(3600);
        recorder.start();
        feed(recorder, 0, 25, 0);
        await().atMost(Duration.ofSeconds(10)).until(() -> recorder.stats().bytesWritten() > 2L * 2 * 2 * RATE);
        assertThat(files(".part")).hasSize(1);
        recorder.close();
        assertThat(files(".part")).isEmpty();
        try (EdfReader reader = EdfReader.open(files(".edf").get(0), RecordingOptions.DEFAULTS)) {
            assertThat(reader.header().recordCount()).isEqualTo(2);
            assertSamples(reader, 0);
        }
    }
}
