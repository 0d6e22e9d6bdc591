package io.seizmon.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.seizmon.core.recording.Annotation;
import io.seizmon.core.recording.RecordingOptions;
import io.seizmon.core.recording.RecordingReader;
import io.seizmon.core.recording.Recordings;
import io.seizmon.core.testing.MosquittoBroker;
import io.seizmon.core.testing.TestData;
import io.seizmon.core.wire.EegFrame;
import io.seizmon.core.wire.PayloadResult;
import io.seizmon.core.wire.StreamMeta;
import io.seizmon.core.wire.StreamMetaCodec;
import io.seizmon.core.wire.Topics;
import io.seizmon.core.wire.TruthEvent;
import io.seizmon.simulator.live.LiveStreamer;
import io.seizmon.simulator.live.ReplaySummary;
import io.seizmon.simulator.live.StreamOptions;
import io.seizmon.simulator.live.SubjectStream;
import io.seizmon.simulator.pacing.ReplaySpeed;
import io.seizmon.simulator.publish.BrokerOptions;
import io.seizmon.simulator.source.RecordingSource;
import io.seizmon.simulator.source.RecordingSourceOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Replays a real EDF+ file with sub-second annotations (pyEDFlib's {@code test_subsecond.edf}: 698 s of Fp1 at
 * 128 Hz, 4 annotations) through Debian's mosquitto, and checks on the subscriber side every sample against
 * eeg-core's reader of the same file and every annotation against its onset.
 */
class ReplayIT {

    @RegisterExtension
    static final MosquittoBroker BROKER = new MosquittoBroker();

    private static final String FILE = "edf-reader-testfiles/pyedflib/test_subsecond.edf";
    private static final double RATE_HZ = 128;

    @Test
    void replaysTheWholeFileAtMaxWithEverySampleAndAnnotation() throws Exception {
        Path file = TestData.require(FILE);
        try (TopicRecorder recorder = TopicRecorder.subscribe(BROKER.url(), "subsecond")) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int status = SimulatorMain.execute(new String[] {"replay", "--broker", BROKER.url(), "--speed", "max",
                "--subject", "subsecond", file.toString()}, new PrintWriter(out), new PrintWriter(err));
            assertThat(status).as("exit status; stderr: %s", err).isZero();
            await().atMost(Duration.ofSeconds(60)).until(recorder::streamEnded);

            List<EegFrame> frames = recorder.frames();
            assertThat(frames).extracting(EegFrame::sequence)
                    .containsExactlyElementsOf(LongStream.range(0, 6980).boxed().toList());
            long t0 = frames.get(0).firstSampleMicros();
            assertSamplesEqualTheFile(frames, file, 0, t0);

            List<TruthEvent> truths = recorder.truths();
            List<Annotation> annotations = annotations(file);
            double firstSampleSeconds = firstRecordOnsetSeconds(file);
            assertThat(firstSampleSeconds).as("the file starts 0.39 s after its start time").isPositive();
            assertThat(truths).hasSize(4).extracting(TruthEvent::label)
                    .containsExactly("XLSpike", "Clip Note", "XLEvent", "XLSpike");
            for (int i = 0; i < truths.size(); i++) {
                double onsetSeconds = annotations.get(i).onsetSeconds() - firstSampleSeconds;
                assertThat(truths.get(i).onsetMicros()).as("event %d", i)
                        .isEqualTo(t0 + Math.round(onsetSeconds * 1e6));
                assertThat(truths.get(i).sequence()).isEqualTo(i);
                assertArrivedBetweenTheFramesAroundItsOnset(recorder, i, onsetSeconds);
            }
            PayloadResult<StreamMeta> meta = StreamMetaCodec.decode(recorder.received().get(0).payload(), "subsecond",
                    true);
            assertThat(((PayloadResult.Decoded<StreamMeta>) meta).value().channelLabels()).containsExactly("Fp1");
            assertThat(out.toString()).contains("6980 frames", "4 truth events", "all acknowledged");
        }
    }

    @Test
    void replaysASliceAtTenTimesSpeedNoSoonerThanItsSchedule() throws Exception {
        Path file = TestData.require(FILE);
        double startSeconds = 580;
        try (TopicRecorder recorder = TopicRecorder.subscribe(BROKER.url(), "slice")) {
            ReplaySummary summary = replay(file, "slice", startSeconds, new ReplaySpeed(10));
            assertThat(summary.succeeded()).as(summary.format()).isTrue();
            await().atMost(Duration.ofSeconds(30)).until(recorder::streamEnded);

            List<EegFrame> frames = recorder.frames();
            assertThat(frames).hasSize(1180);
            assertSamplesEqualTheFile(frames, file, Math.round(startSeconds * RATE_HZ), frames.get(0)
                    .firstSampleMicros());
            // The last frame starts 117.9 s into the slice: at 10x it cannot go out sooner than 11.79 s after start.
            assertThat(summary.wallNanos()).isGreaterThanOrEqualTo(Math.round((118 - 0.1) / 10 * 1e9));
            List<TruthEvent> truths = recorder.truths();
            assertThat(truths).singleElement().extracting(TruthEvent::label).isEqualTo("XLSpike");
            double onsetSeconds = annotations(file).get(3).onsetSeconds() - firstRecordOnsetSeconds(file)
                    - startSeconds;
            assertThat(truths.get(0).onsetMicros()).isEqualTo(frames.get(0).firstSampleMicros()
                    + Math.round(onsetSeconds * 1e6));
        }
    }

    @Test
    void resumesAfterTheBrokerIsKilledAndRestartedMidReplay() throws Exception {
        Path file = TestData.require(FILE);
        try (TopicRecorder recorder = TopicRecorder.subscribe(BROKER.url(), "restart")) {
            CompletableFuture<ReplaySummary> replay = CompletableFuture.supplyAsync(() -> {
                try {
                    return replay(file, "restart", 600, new ReplaySpeed(10));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            await().atMost(Duration.ofSeconds(30)).until(() -> recorder.frames().size() >= 100);
            BROKER.kill();
            BROKER.start();
            ReplaySummary summary = replay.get();
            assertThat(summary.succeeded()).as(summary.format()).isTrue();
            assertThat(summary.reconnects()).isGreaterThanOrEqualTo(1);
            await().atMost(Duration.ofSeconds(30)).until(recorder::streamEnded);
            // The subscriber misses what was published while it was not yet resubscribed (the broker kept no
            // session); every other frame arrives, so the missing ones are one block, and the stream ends whole.
            List<Long> received = recorder.frames().stream().map(EegFrame::sequence).distinct().sorted().toList();
            List<Long> missing = LongStream.rangeClosed(0, 979).boxed().filter(s -> !received.contains(s)).toList();
            assertThat(received).contains(979L);
            if (!missing.isEmpty()) {
                assertThat(missing).as("missing frames form one block")
                        .isEqualTo(LongStream.rangeClosed(missing.get(0), missing.get(missing.size() - 1)).boxed()
                                .toList());
            }
        }
    }

    private static ReplaySummary replay(Path file, String subject, double startSeconds, ReplaySpeed speed)
            throws Exception {
        StreamOptions options = StreamOptions.builder().broker(BrokerOptions.of(BROKER.url())
                .withClientId("replay-" + subject).withReconnectTimeout(Duration.ofSeconds(30))).speed(speed)
                .quiet(true).build();
        SubjectStream stream = new SubjectStream(subject, () -> RecordingSource.open(file,
                RecordingSourceOptions.DEFAULTS.withStartSeconds(startSeconds), w -> { }));
        return LiveStreamer.run(List.of(stream), options, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
    }

    private static void assertSamplesEqualTheFile(List<EegFrame> frames, Path file, long fromSample, long t0)
            throws IOException {
        float[] expected = fileSamples(file);
        long index = fromSample;
        for (EegFrame frame : frames) {
            assertThat(frame.firstSampleMicros()).as("frame %d", frame.sequence())
                    .isEqualTo(t0 + Math.round((index - fromSample) * 1e6 / RATE_HZ));
            for (int i = 0; i < frame.samplesPerChannel(); i++, index++) {
                if (frame.sample(i, 0) != expected[(int) index]) {
                    assertThat(frame.sample(i, 0)).as("sample %d", index).isEqualTo(expected[(int) index]);
                }
            }
        }
        assertThat(index).as("samples received").isEqualTo(expected.length);
    }

    private static float[] fileSamples(Path file) throws IOException {
        try (RecordingReader reader = Recordings.open(file, RecordingOptions.DEFAULTS)) {
            int signal = reader.header().dataSignalIndices()[0];
            int perRecord = reader.header().signal(signal).samplesPerRecord();
            float[] all = new float[(int) reader.header().recordCount() * perRecord];
            double[] block = new double[perRecord];
            for (int r = 0; reader.nextRecord(); r++) {
                reader.readPhysical(signal, block, 0);
                for (int i = 0; i < perRecord; i++) {
                    all[r * perRecord + i] = (float) block[i];
                }
            }
            return all;
        }
    }

    private static double firstRecordOnsetSeconds(Path file) throws IOException {
        try (RecordingReader reader = Recordings.open(file, RecordingOptions.DEFAULTS)) {
            reader.nextRecord();
            return reader.recordOnsetSeconds();
        }
    }

    private static List<Annotation> annotations(Path file) throws IOException {
        try (RecordingReader reader = Recordings.open(file, RecordingOptions.DEFAULTS)) {
            return new ArrayList<>(reader.annotations());
        }
    }

    /** The event arrived after the frame holding its onset's sample time ... and before the next frame. */
    private static void assertArrivedBetweenTheFramesAroundItsOnset(TopicRecorder recorder, int event,
                                                                    double onsetSeconds) {
        List<TopicRecorder.Received> received = recorder.received();
        int at = -1;
        int seen = -1;
        for (int i = 0; i < received.size() && at < 0; i++) {
            if (received.get(i).topic().leaf() == Topics.Leaf.TRUTH && ++seen == event) {
                at = i;
            }
        }
        long frameBefore = received.subList(0, at).stream().filter(r -> r.topic().leaf() == Topics.Leaf.RAW).count();
        // Frame k starts at round(k × 12.8) samples: the event goes out after the last frame starting before it.
        long expectedFramesBefore = (long) Math.floor(onsetSeconds * RATE_HZ / 12.8) + 1;
        assertThat(frameBefore).as("frames before event %d", event).isEqualTo(expectedFramesBefore);
    }
}
