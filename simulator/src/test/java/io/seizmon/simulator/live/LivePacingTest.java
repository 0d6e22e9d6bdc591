package io.seizmon.simulator.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.seizmon.core.recording.LabelledEvent;
import io.seizmon.core.wire.EegFrame;
import io.seizmon.core.wire.FrameCodec;
import io.seizmon.core.wire.PayloadResult;
import io.seizmon.core.wire.SampleEncoding;
import io.seizmon.core.wire.StreamMeta;
import io.seizmon.core.wire.StreamMetaCodec;
import io.seizmon.core.wire.Topics;
import io.seizmon.core.wire.TruthEvent;
import io.seizmon.core.wire.TruthEventCodec;
import io.seizmon.simulator.pacing.ReplaySpeed;
import io.seizmon.simulator.pacing.VirtualReplayClock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Pacing, frame contents and truth events of streams on a virtual clock: no sleeping, exact times. */
class LivePacingTest {

    private static final long EPOCH_MICROS = 1_700_000_000_000_000L;
    private final VirtualReplayClock clock = new VirtualReplayClock(EPOCH_MICROS);
    private final List<String> warnings = new ArrayList<>();

    @Test
    void publishesEachFrameWhenItsFirstSampleIsDueAtRealTime() throws Exception {
        RecordingPublisher publisher = new RecordingPublisher(clock, 0);
        replay(publisher, options(ReplaySpeed.REAL_TIME), new ArraySource(250, 2, 2500, List.of(), 7));
        List<RecordingPublisher.Message> frames = publisher.messages(Topics.Leaf.RAW);
        assertThat(frames).hasSize(100);
        for (int k = 0; k < frames.size(); k++) {
            long firstSample = 25L * k;
            assertThat(frames.get(k).nanos()).as("frame %d", k).isEqualTo(Math.round(firstSample / 250.0 * 1e9));
            EegFrame frame = decode(frames.get(k));
            assertThat(frame.sequence()).isEqualTo(k);
            assertThat(frame.firstSampleMicros()).isEqualTo(EPOCH_MICROS + firstSample * 4000);
            assertFrameHolds(frame, firstSample, 25);
        }
    }

    @Test
    void runsTenTimesFasterAtSpeedTen() throws Exception {
        RecordingPublisher publisher = new RecordingPublisher(clock, 0);
        replay(publisher, options(new ReplaySpeed(10)), new ArraySource(250, 1, 2500, List.of(), 1000));
        List<RecordingPublisher.Message> frames = publisher.messages(Topics.Leaf.RAW);
        for (int k = 0; k < frames.size(); k++) {
            assertThat(frames.get(k).nanos()).as("frame %d", k).isEqualTo(Math.round(25L * k / 250.0 / 10 * 1e9));
            assertThat(decode(frames.get(k)).firstSampleMicros()).isEqualTo(EPOCH_MICROS + 100_000L * k);
        }
        assertThat(clock.nanoTime()).isEqualTo(TimeUnit.MILLISECONDS.toNanos(990));
    }

    @Test
    void publishesEverythingAtOnceInOrderAtMaxSpeed() throws Exception {
        RecordingPublisher publisher = new RecordingPublisher(clock, 0);
        ReplaySummary summary = replay(publisher, options(ReplaySpeed.MAX), new ArraySource(1000, 3, 10_050,
                List.of(), 333));
        List<RecordingPublisher.Message> frames = publisher.messages(Topics.Leaf.RAW);
        assertThat(frames).hasSize(101).allMatch(m -> m.nanos() == 0);
        for (int k = 0; k < frames.size(); k++) {
            assertFrameHolds(decode(frames.get(k)), 100L * k, k == 100 ? 50 : 100);
        }
        assertThat(summary.streams().get(0).stats().paced()).isFalse();
        assertThat(summary.format()).contains("unpaced (max speed)");
    }

    @Test
    void doesNotDriftOverAnHourAt173HzWith100MsChunksAndSlowPublishes() throws Exception {
        double rateHz = 173.61;
        long total = Math.round(3600 * rateHz);
        long costNanos = TimeUnit.MILLISECONDS.toNanos(3);
        RecordingPublisher publisher = new RecordingPublisher(clock, costNanos);
        ReplaySummary summary = replay(publisher, options(ReplaySpeed.REAL_TIME), new ArraySource(rateHz, 1, total,
                List.of(), 4096));
        List<RecordingPublisher.Message> frames = publisher.messages(Topics.Leaf.RAW);
        assertThat(frames).hasSize(36_000);
        long firstSample = 0;
        for (int k = 0; k < frames.size(); k++) {
            EegFrame frame = decode(frames.get(k));
            assertThat(firstSample).as("frame %d", k).isEqualTo(Math.round(k * 17.361));
            assertThat(frame.samplesPerChannel()).isBetween(17, 18);
            // The clock starts once the metadata is out (after one publish cost); then every frame is on time.
            long due = costNanos + Math.round(firstSample / rateHz * 1e9);
            assertThat(frames.get(k).nanos()).as("frame %d", k).isEqualTo(due);
            assertThat(frame.firstSampleMicros()).isEqualTo(EPOCH_MICROS + costNanos / 1000
                    + Math.round(firstSample * 1e6 / rateHz));
            firstSample += frame.samplesPerChannel();
        }
        assertThat(firstSample).isEqualTo(total);
        StreamStats.Snapshot stats = summary.streams().get(0).stats();
        assertThat(stats.lastLagNanos()).as("lag of the last frame after an hour").isEqualTo(costNanos);
        assertThat(stats.maxLagNanos()).isEqualTo(costNanos);
    }

    @Test
    void catchesUpAfterAStallWithoutShiftingTheSchedule() throws Exception {
        RecordingPublisher publisher = new RecordingPublisher(clock, 0);
        publisher.afterEach(messages -> {
            if (messages.size() == 21) {
                clock.advance(TimeUnit.MILLISECONDS.toNanos(1050));
            }
        });
        ReplaySummary summary = replay(publisher, options(ReplaySpeed.REAL_TIME), new ArraySource(100, 1, 5000,
                List.of(), 100));
        List<RecordingPublisher.Message> frames = publisher.messages(Topics.Leaf.RAW);
        long stalledUntil = TimeUnit.MILLISECONDS.toNanos(1900 + 1050);
        for (int k = 0; k < frames.size(); k++) {
            long due = TimeUnit.MILLISECONDS.toNanos(100L * k);
            assertThat(frames.get(k).nanos()).as("frame %d", k).isEqualTo(Math.max(due, k > 19 ? stalledUntil : 0));
        }
        assertThat(summary.streams().get(0).stats().maxLagNanos()).isEqualTo(TimeUnit.MILLISECONDS.toNanos(1050));
        assertThat(summary.streams().get(0).stats().lastLagNanos()).isZero();
    }

    @Test
    void publishesTruthEventsAtTheirOnsetsBetweenTheRightFrames() throws Exception {
        List<LabelledEvent> events = List.of(LabelledEvent.of(0, Double.NaN, "Recording starts"),
                LabelledEvent.of(1.234, 2.5, "sz_foc_ia"), LabelledEvent.of(3.0, 1, "bckg"),
                LabelledEvent.of(20, 1, "sz"));
        RecordingPublisher publisher = new RecordingPublisher(clock, 0);
        ReplaySummary summary = replay(publisher, options(ReplaySpeed.REAL_TIME), new ArraySource(250, 1, 2500,
                events, 1000));
        List<RecordingPublisher.Message> truths = publisher.messages(Topics.Leaf.TRUTH);
        assertThat(truths).extracting(RecordingPublisher.Message::nanos).containsExactly(0L, 1_234_000_000L,
                3_000_000_000L);
        List<TruthEvent> decoded = truths.stream().map(LivePacingTest::decodeTruth).toList();
        assertThat(decoded).extracting(TruthEvent::sequence).containsExactly(0L, 1L, 2L);
        assertThat(decoded).extracting(TruthEvent::onsetMicros).containsExactly(EPOCH_MICROS,
                EPOCH_MICROS + 1_234_000, EPOCH_MICROS + 3_000_000);
        assertThat(decoded).extracting(TruthEvent::label).containsExactly("Recording starts", "sz_foc_ia", "bckg");
        assertThat(decoded).extracting(TruthEvent::seizure).containsExactly(false, true, false);
        assertThat(decoded.get(0).hasDuration()).isFalse();
        assertThat(decoded.get(1).durationSeconds()).isEqualTo(2.5);
        assertPublishedBetweenFrames(publisher, truths.get(1), 12, 13);
        assertThat(summary.streams().get(0).stats().eventsSkipped()).isEqualTo(1);
        assertThat(warnings).anyMatch(w -> w.contains("1 events after the end of the data (first at 20.0 s)"));
    }

    @Test
    void keepsEventsInRecordingOrderAtMaxSpeed() throws Exception {
        RecordingPublisher publisher = new RecordingPublisher(clock, 0);
        replay(publisher, options(ReplaySpeed.MAX), new ArraySource(250, 1, 2500,
                List.of(LabelledEvent.of(1.234, 2.5, "sz")), 1000));
        assertPublishedBetweenFrames(publisher, publisher.messages(Topics.Leaf.TRUTH).get(0), 12, 13);
    }

    @Test
    void publishesRetainedMetadataFirstAndClearsItLast() throws Exception {
        RecordingPublisher publisher = new RecordingPublisher(clock, 0);
        replay(publisher, options(ReplaySpeed.MAX), new ArraySource(250, 2, 500, List.of(), 1000));
        List<RecordingPublisher.Message> all = publisher.messages();
        RecordingPublisher.Message first = all.get(0);
        RecordingPublisher.Message last = all.get(all.size() - 1);
        assertThat(first.topic()).isEqualTo(Topics.meta("array-source", true));
        assertThat(first.retained()).isTrue();
        PayloadResult<StreamMeta> meta = StreamMetaCodec.decode(first.payload(), "array-source", true);
        assertThat(((PayloadResult.Decoded<StreamMeta>) meta).value().channelLabels()).containsExactly("c0", "c1");
        assertThat(((PayloadResult.Decoded<StreamMeta>) meta).value().sampleRateHz()).isEqualTo(250);
        assertThat(last.topic()).isEqualTo(first.topic());
        assertThat(last.retained()).isTrue();
        assertThat(last.payload()).isEmpty();
        assertThat(all.subList(1, all.size() - 1)).allMatch(m -> m.leaf() == Topics.Leaf.RAW && m.qos() == 1
                && !m.retained());
    }

    @Test
    void loopsAsOneContinuousStreamUntilCancelled() throws Exception {
        RecordingPublisher publisher = new RecordingPublisher(clock, 0);
        StreamOptions options = StreamOptions.builder().clock(clock).loop(true).build();
        SubjectStream stream = new SubjectStream("looped", () -> new ArraySource(100, 1, 100,
                List.of(LabelledEvent.of(0.5, 0.1, "sz")), 1000));
        StreamingRun run = StreamingRun.open(List.of(stream), options, warnings::add);
        publisher.afterEach(messages -> {
            if (messages.stream().filter(m -> m.leaf() == Topics.Leaf.RAW).count() == 25) {
                run.cancel();
            }
        });
        run.start(publisher);
        ReplaySummary summary = run.await();
        List<RecordingPublisher.Message> frames = publisher.messages(Topics.Leaf.RAW);
        assertThat(frames).hasSize(25);
        for (int k = 0; k < frames.size(); k++) {
            EegFrame frame = decode(frames.get(k));
            assertThat(frame.sequence()).isEqualTo(k);
            assertThat(frame.firstSampleMicros()).isEqualTo(EPOCH_MICROS + 100_000L * k);
            assertFrameHolds(frame, 10L * (k % 10), 10);
        }
        assertThat(publisher.messages(Topics.Leaf.TRUTH)).extracting(m -> decodeTruth(m).onsetMicros())
                .containsExactly(EPOCH_MICROS + 500_000, EPOCH_MICROS + 1_500_000);
        List<RecordingPublisher.Message> all = publisher.messages();
        assertThat(all.get(all.size() - 1).payload()).as("metadata cleared after cancel").isEmpty();
        assertThat(summary.cancelled()).isTrue();
        assertThat(summary.streams().get(0).stats().passes()).isEqualTo(3);
    }

    @Test
    void streamsSeveralSubjectsOnOneTimeBase() throws Exception {
        RecordingPublisher publisher = new RecordingPublisher(clock, 0);
        StreamingRun run = StreamingRun.open(List.of(
                new SubjectStream("a", () -> new ArraySource(100, 1, 1000, List.of(), 64)),
                new SubjectStream("b", () -> new ArraySource(173.61, 2, 1736, List.of(), 64))),
                options(ReplaySpeed.MAX), warnings::add);
        run.start(publisher);
        ReplaySummary summary = run.await();
        assertThat(summary.succeeded()).isTrue();
        for (String subject : List.of("a", "b")) {
            List<EegFrame> frames = publisher.messages(Topics.Leaf.RAW).stream()
                    .filter(m -> m.parsed().subjectId().equals(subject)).map(LivePacingTest::decode).toList();
            assertThat(frames.get(0).firstSampleMicros()).isEqualTo(EPOCH_MICROS);
            assertThat(frames).extracting(EegFrame::sequence).containsExactlyElementsOf(
                    java.util.stream.LongStream.range(0, frames.size()).boxed().toList());
        }
        assertThat(summary.streams()).extracting(s -> s.stats().samples()).containsExactly(1000L, 1736L);
    }

    @Test
    void encodesInt16FramesWithinHalfAStepOfTheSamples() throws Exception {
        RecordingPublisher publisher = new RecordingPublisher(clock, 0);
        StreamOptions options = StreamOptions.builder().clock(clock).speed(ReplaySpeed.MAX)
                .encoding(SampleEncoding.INT16).build();
        replay(publisher, options, new ArraySource(250, 2, 500, List.of(), 1000));
        for (RecordingPublisher.Message message : publisher.messages(Topics.Leaf.RAW)) {
            assertThat(message.payload()[5]).isEqualTo((byte) SampleEncoding.INT16.code());
            EegFrame frame = decode(message);
            long first = (frame.firstSampleMicros() - EPOCH_MICROS) / 4000;
            for (int i = 0; i < frame.samplesPerChannel(); i++) {
                for (int c = 0; c < 2; c++) {
                    // The per-frame range is at most 2500 µV wide here: half a step is < 0.02 µV.
                    assertThat(frame.sample(i, c)).isCloseTo(ArraySource.value(first + i, c),
                            org.assertj.core.data.Offset.offset(0.02f));
                }
            }
        }
    }

    @Test
    void refusesChunksTooShortForOneSampleNamingTheSource() {
        assertThatIllegalArgumentException().isThrownBy(() -> StreamingRun.open(List.of(new SubjectStream("s",
                () -> new ArraySource(5, 1, 100, List.of(), 10))), options(ReplaySpeed.MAX), warnings::add))
                .withMessage("array source: chunkMillis: 100 (expected: >= 1 and at least one sample per chunk at "
                        + "5.0 Hz, i.e. >= 200)");
    }

    private StreamOptions options(ReplaySpeed speed) {
        return StreamOptions.builder().clock(clock).speed(speed).build();
    }

    private ReplaySummary replay(RecordingPublisher publisher, StreamOptions options, ArraySource source)
            throws Exception {
        AtomicReference<ArraySource> opened = new AtomicReference<>(source);
        StreamingRun run = StreamingRun.open(List.of(new SubjectStream("array-source", () -> opened
                .getAndSet(null))), options, warnings::add);
        run.start(publisher);
        ReplaySummary summary = run.await();
        assertThat(source.closed()).isTrue();
        return summary;
    }

    private static void assertFrameHolds(EegFrame frame, long firstSample, int samples) {
        assertThat(frame.samplesPerChannel()).isEqualTo(samples);
        for (int i = 0; i < samples; i++) {
            for (int c = 0; c < frame.channelCount(); c++) {
                assertThat(frame.sample(i, c)).as("sample %d channel %d", firstSample + i, c)
                        .isEqualTo(ArraySource.value(firstSample + i, c));
            }
        }
    }

    private static void assertPublishedBetweenFrames(RecordingPublisher publisher, RecordingPublisher.Message event,
                                                     long before, long after) {
        List<RecordingPublisher.Message> all = publisher.messages();
        int at = all.indexOf(event);
        assertThat(decode(all.get(at - 1)).sequence()).isEqualTo(before);
        assertThat(decode(all.get(at + 1)).sequence()).isEqualTo(after);
    }

    static EegFrame decode(RecordingPublisher.Message message) {
        PayloadResult<EegFrame> result = FrameCodec.decode(message.payload(), message.parsed());
        assertThat(result).isInstanceOf(PayloadResult.Decoded.class);
        return ((PayloadResult.Decoded<EegFrame>) result).value();
    }

    static TruthEvent decodeTruth(RecordingPublisher.Message message) {
        PayloadResult<TruthEvent> result = TruthEventCodec.decode(message.payload(), message.parsed());
        assertThat(result).isInstanceOf(PayloadResult.Decoded.class);
        return ((PayloadResult.Decoded<TruthEvent>) result).value();
    }
}
