package io.seizmon.simulator.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.seizmon.core.recording.Annotation;
import io.seizmon.core.recording.RecordingOptions;
import io.seizmon.core.recording.RecordingReader;
import io.seizmon.core.recording.Recordings;
import io.seizmon.core.wire.EegFrame;
import io.seizmon.core.wire.Topics;
import io.seizmon.core.wire.TruthEvent;
import io.seizmon.simulator.pacing.ReplaySpeed;
import io.seizmon.simulator.pacing.VirtualReplayClock;
import io.seizmon.simulator.source.EdfFixture;
import io.seizmon.simulator.source.RecordingSource;
import io.seizmon.simulator.source.RecordingSourceOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An EDF+ file written by eeg-core's writer, replayed on a virtual clock: every sample and annotation checked. */
class RecordingReplayTest {

    private static final long EPOCH_MICROS = 1_650_000_000_000_000L;

    @TempDir
    Path dir;

    private final VirtualReplayClock clock = new VirtualReplayClock(EPOCH_MICROS);

    @Test
    void framesDecodeToTheFilesSamplesAndAnnotationsArriveAtTheirTimes() throws Exception {
        Path file = EdfFixture.write(dir.resolve("Rat 7 (night).edf"), List.of(EdfFixture.signal("EEG L", "uV", 500),
                EdfFixture.signal("EEG R", "uV", 500)), 8, List.of(new Annotation(1.2345, 4, "seizure"),
                new Annotation(6.5, Double.NaN, "Clip note")));
        RecordingPublisher publisher = replay(file, RecordingSourceOptions.DEFAULTS, new ReplaySpeed(10));

        List<EegFrame> frames = publisher.messages(Topics.Leaf.RAW).stream().map(LivePacingTest::decode).toList();
        assertThat(frames).hasSize(80).allMatch(f -> f.subjectId().equals("rat-7-night") && f.simulated());
        assertThat(flatten(frames)).isEqualTo(fileSamples(file, 0));
        assertThat(frames.get(79).firstSampleMicros()).isEqualTo(EPOCH_MICROS + 7_900_000);

        List<RecordingPublisher.Message> truths = publisher.messages(Topics.Leaf.TRUTH);
        assertThat(truths).extracting(RecordingPublisher.Message::nanos).containsExactly(123_450_000L, 650_000_000L);
        List<TruthEvent> events = truths.stream().map(LivePacingTest::decodeTruth).toList();
        assertThat(events).extracting(TruthEvent::onsetMicros).containsExactly(EPOCH_MICROS + 1_234_500,
                EPOCH_MICROS + 6_500_000);
        assertThat(events).extracting(TruthEvent::label, TruthEvent::seizure).containsExactly(
                org.assertj.core.groups.Tuple.tuple("seizure", true),
                org.assertj.core.groups.Tuple.tuple("Clip note", false));
        assertThat(events.get(0).durationSeconds()).isEqualTo(4);
    }

    @Test
    void startingMidFileShiftsFramesAndEventsTogether() throws Exception {
        Path file = EdfFixture.write(dir.resolve("mid.edf"), List.of(EdfFixture.signal("A", "uV", 256)), 6,
                List.of(new Annotation(1.0, 2.5, "sz"), new Annotation(4.25, 1, "bckg")));
        RecordingPublisher publisher = replay(file, RecordingSourceOptions.DEFAULTS.withStartSeconds(2),
                ReplaySpeed.REAL_TIME);
        List<EegFrame> frames = publisher.messages(Topics.Leaf.RAW).stream().map(LivePacingTest::decode).toList();
        assertThat(flatten(frames)).isEqualTo(fileSamples(file, 2));
        List<TruthEvent> events = publisher.messages(Topics.Leaf.TRUTH).stream().map(LivePacingTest::decodeTruth)
                .toList();
        assertThat(events).extracting(TruthEvent::onsetMicros).containsExactly(EPOCH_MICROS - 1_000_000,
                EPOCH_MICROS + 2_250_000);
        assertThat(publisher.messages(Topics.Leaf.TRUTH)).extracting(RecordingPublisher.Message::nanos)
                .containsExactly(0L, 2_250_000_000L);
    }

    private RecordingPublisher replay(Path file, RecordingSourceOptions sourceOptions, ReplaySpeed speed)
            throws Exception {
        RecordingPublisher publisher = new RecordingPublisher(clock, 0);
        String subject = SubjectIds.fromFileName(file.getFileName().toString());
        StreamingRun run = StreamingRun.open(List.of(new SubjectStream(subject, () -> RecordingSource.open(file,
                sourceOptions, w -> { }))), StreamOptions.builder().clock(clock).speed(speed).build(), w -> { });
        run.start(publisher);
        assertThat(run.await().succeeded()).isTrue();
        return publisher;
    }

    private static List<Float> flatten(List<EegFrame> frames) {
        List<Float> values = new ArrayList<>();
        for (EegFrame frame : frames) {
            for (float v : frame.samples()) {
                values.add(v);
            }
        }
        return values;
    }

    /** Every data signal interleaved, from record {@code fromRecord}, as eeg-core's reader gives them, as float. */
    private static List<Float> fileSamples(Path file, int fromRecord) throws IOException {
        List<Float> values = new ArrayList<>();
        try (RecordingReader reader = Recordings.open(file, RecordingOptions.DEFAULTS)) {
            int[] data = reader.header().dataSignalIndices();
            while (reader.nextRecord()) {
                int n = reader.samplesInRecord(data[0]);
                double[][] block = new double[data.length][n];
                for (int c = 0; c < data.length; c++) {
                    reader.readPhysical(data[c], block[c], 0);
                }
                for (int i = 0; i < n && reader.recordIndex() >= fromRecord; i++) {
                    for (int c = 0; c < data.length; c++) {
                        values.add((float) block[c][i]);
                    }
                }
            }
        }
        return values;
    }
}
