package io.seizmon.agent.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.seizmon.agent.config.AgentConfig;
import io.seizmon.agent.metrics.AgentMetrics;
import io.seizmon.agent.mqtt.FrameSubscriber;
import io.seizmon.agent.testing.Signals;
import io.seizmon.agent.testing.TestConfigs;
import io.seizmon.core.quality.QualitySpec;
import io.seizmon.core.wire.AlertEvent;
import io.seizmon.core.wire.AlertKind;
import io.seizmon.core.wire.ChannelQuality;
import io.seizmon.core.wire.EegFrame;
import io.seizmon.core.wire.FrameCodec;
import io.seizmon.core.wire.RejectReason;
import io.seizmon.core.wire.ScoreUpdate;
import io.seizmon.core.wire.Topics;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineTest {

    private static final long T0 = 1_700_000_000_000_000L;
    private static final int FRAME = 100;

    @TempDir
    static Path dir;
    private static Path modelFile;

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AgentMetrics metrics = new AgentMetrics(registry);
    private final RejectionReporter rejections = new RejectionReporter(metrics, nanos::get, 1_000_000_000L);
    private final RecordingOutput output = new RecordingOutput();
    private IngestQueue queue;
    private Pipeline pipeline;
    private AgentConfig config;

    @BeforeAll
    static void writeModel() throws IOException {
        modelFile = TestConfigs.writeModel(dir.resolve("model.onnx"));
    }

    private void start(int maxBatch, int queueCapacity) throws Exception {
        config = TestConfigs.agent(modelFile, dir, maxBatch, queueCapacity, Duration.ofSeconds(10));
        queue = new IngestQueue(queueCapacity, config.queueMaxSamples());
        pipeline = new Pipeline(config, QualitySpec.DEFAULT, TestConfigs.load(modelFile, maxBatch), queue, output,
                metrics, rejections, nanos::get, () -> T0);
    }

    private void offer(EegFrame frame) {
        queue.offer(new Ingest.Frame(frame, nanos.get()));
    }

    private void drain() throws InterruptedException {
        do {
            pipeline.step(0);
        } while (!queue.isEmpty());
    }

    private void stream(Signals signals, int seconds, boolean... seizure) throws InterruptedException {
        for (int i = 0; i < seconds * 10; i++) {
            offer(signals.next(FRAME, seizure));
            nanos.addAndGet(100_000_000L);
            drain();
        }
    }

    @Test
    void declaresAnOnsetOnTheSeizureChannelOnlyAndAnOffsetAfterIt() throws Exception {
        start(64, 1000);
        Signals cage = new Signals("cage-07", false, 2, TestConfigs.RATE_HZ, T0, 1);
        stream(cage, 10, false, false);
        stream(cage, 8, false, true);
        stream(cage, 10, false, false);

        assertThat(output.alerts(AlertKind.SEIZURE_ONSET)).singleElement().satisfies(onset -> {
            assertThat(onset.channel()).hasValue(1);
            assertThat(onset.seizureNumber()).isEqualTo(1);
            assertThat(onset.id()).isEqualTo("edge-01:cage-07:1:" + onset.onsetMicros() + ":seizure_onset");
            assertThat(onset.onsetMicros()).isBetween(T0 + 5_000_000L, T0 + 11_000_000L);
            assertThat(onset.decisionMicros()).isBetween(T0 + 11_000_000L, T0 + 13_000_000L);
            assertThat(onset.peakProbability()).isGreaterThan(0.9);
            assertThat(onset.modelSha256()).hasSize(64);
        });
        assertThat(output.alerts(AlertKind.SEIZURE_OFFSET)).singleElement()
                .satisfies(offset -> assertThat(offset.channel()).hasValue(1));
        assertThat(output.scores("cage-07")).hasSize(28 - 5 + 1);
        assertThat(output.scores("cage-07").get(0).quality()).containsExactly(ChannelQuality.OK, ChannelQuality.OK);
        assertThat(metrics.windowsScoredCount()).isEqualTo(2 * 24);
    }

    @Test
    void staggeredStreamsThatStartTogetherCompleteTheirWindowsAtPhasesSpreadOverTheHop() throws Exception {
        config = TestConfigs.agent(modelFile, dir, 64, 1000, Duration.ofSeconds(10));
        config = new AgentConfig(config.id(), config.subjects(), config.channels(), config.includeSimulated(),
                config.sampleRateHz(), config.windowSeconds(), config.hop(), config.modelPath(), config.maxBatch(),
                config.incrementalFeatures(), config.queueCapacity(), config.queueMaxSamples(), config.staleTimeout(),
                config.stateDirectory(), config.journalRetention(), config.journalMaxEntries(), 1, true);
        queue = new IngestQueue(1000, config.queueMaxSamples());
        pipeline = new Pipeline(config, QualitySpec.DEFAULT, TestConfigs.load(modelFile, 64), queue, output,
                metrics, rejections, nanos::get, () -> T0);
        List<Signals> cages = new ArrayList<>();
        for (int s = 0; s < 10; s++) {
            cages.add(new Signals("cage-" + s, false, 1, TestConfigs.RATE_HZ, T0, s));
        }
        for (int frame = 0; frame < 80; frame++) {
            for (Signals cage : cages) {
                offer(cage.next(FRAME));
            }
            drain();
        }

        List<Long> phases = new ArrayList<>();
        for (int s = 0; s < 10; s++) {
            List<ScoreUpdate> windows = output.scores("cage-" + s);
            long phase = windows.get(0).windowStartMicros() - T0;
            assertThat(phase).as("phase of cage-%d", s).isBetween(0L, 999_999L);
            assertThat(windows).as("windows of cage-%d, one per hop", s).hasSize(phase == 0 ? 4 : 3)
                    .extracting(ScoreUpdate::windowStartMicros)
                    .containsExactlyElementsOf(LongStream.range(0, phase == 0 ? 4 : 3)
                            .mapToObj(i -> T0 + phase + i * 1_000_000L).toList());
            phases.add(phase);
        }
        assertThat(phases.get(0)).isZero();
        assertThat(phases).doesNotHaveDuplicates();
        List<Long> sorted = phases.stream().sorted().toList();
        for (int i = 1; i < sorted.size(); i++) {
            assertThat(sorted.get(i) - sorted.get(i - 1)).as("gap between phases").isLessThan(200_000L);
        }
        assertThat(1_000_000L - sorted.get(sorted.size() - 1)).isLessThan(200_000L);
    }

    @Test
    void batchesReadyWindowsAcrossStreamsAndFlushesWhenTheQueueRunsDry() throws Exception {
        start(64, 1000);
        for (int s = 0; s < 3; s++) {
            offer(new Signals("cage-0" + s, false, 1, TestConfigs.RATE_HZ, T0, s).next(5000));
        }
        drain();
        assertThat(registry.get("seizmon.agent.inference").timer().count()).isEqualTo(1);
        assertThat(metrics.windowsScoredCount()).isEqualTo(3);
        assertThat(output.scores).hasSize(3);
    }

    @Test
    void aFullBatchIsScoredAtOnceEvenWhileTheQueueHoldsMore() throws Exception {
        start(2, 1000);
        for (int s = 0; s < 5; s++) {
            offer(new Signals("cage-0" + s, false, 1, TestConfigs.RATE_HZ, T0, s).next(5000));
        }
        drain();
        assertThat(registry.get("seizmon.agent.inference").timer().count()).isEqualTo(3);
        assertThat(metrics.windowsScoredCount()).isEqualTo(5);
    }

    @Test
    void aMalformedFrameMidStreamIsRejectedAndOtherStreamsKeepScoring() throws Exception {
        start(64, 1000);
        FrameSubscriber subscriber = new FrameSubscriber(config, queue, metrics, rejections, nanos::get);
        Signals a = new Signals("cage-a", true, 1, TestConfigs.RATE_HZ, T0, 1);
        Signals b = new Signals("cage-b", true, 1, TestConfigs.RATE_HZ, T0, 2);
        for (int i = 0; i < 120; i++) {
            byte[] bytesA = FrameCodec.encodeFloat32(a.next(FRAME));
            if (i == 60) {
                bytesA[bytesA.length / 2] ^= 0x40;
            }
            subscriber.onMessage(Topics.raw("cage-a", true), bytesA);
            subscriber.onMessage(Topics.raw("cage-b", true), FrameCodec.encodeFloat32(b.next(FRAME)));
            subscriber.onMessage(Topics.raw("cage-b", true), new byte[] {1, 2, 3});
            nanos.addAndGet(100_000_000L);
            drain();
        }
        assertThat(metrics.rejectedCount(RejectReason.BAD_CHECKSUM)).isEqualTo(1);
        assertThat(metrics.rejectedCount(RejectReason.BAD_MAGIC)).isEqualTo(120);
        assertThat(output.scores("cage-b")).hasSize(12 - 5 + 1);
        assertThat(output.alerts(AlertKind.SIGNAL_GAP)).singleElement().satisfies(gap -> {
            assertThat(gap.subjectId()).isEqualTo("cage-a");
            assertThat(gap.detail()).contains("SEQUENCE_GAP");
        });
        assertThat(output.scores("cage-a")).hasSizeGreaterThan(0);
    }

    @Test
    void framesAtAnotherRateAreRejectedAndCountedWithoutHarmingOtherStreams() throws Exception {
        start(64, 1000);
        Signals wrong = new Signals("cage-slow", false, 1, 500, T0, 1);
        Signals right = new Signals("cage-ok", false, 1, TestConfigs.RATE_HZ, T0, 2);
        for (int i = 0; i < 60; i++) {
            offer(wrong.next(50));
            offer(right.next(FRAME));
            drain();
        }
        assertThat(metrics.rejectedCount(RejectReason.SAMPLE_RATE_MISMATCH)).isEqualTo(60);
        assertThat(output.scores("cage-slow")).isEmpty();
        assertThat(output.scores("cage-ok")).hasSize(2);
    }

    @Test
    void aSilentStreamGetsOneSignalLostEvent() throws Exception {
        start(64, 1000);
        Signals cage = new Signals("cage-07", false, 1, TestConfigs.RATE_HZ, T0, 1);
        stream(cage, 2);
        for (int i = 0; i < 15; i++) {
            nanos.addAndGet(1_000_000_000L);
            pipeline.step(0);
        }
        assertThat(output.alerts(AlertKind.SIGNAL_LOST)).singleElement().satisfies(lost -> {
            assertThat(lost.channel()).isEmpty();
            assertThat(lost.offsetMicros()).isEmpty();
            assertThat(lost.onsetMicros()).isEqualTo(T0 + 2_000_000L);
        });
    }

    @Test
    void overflowIsCountedMarkedAsAGapAndAnnouncedAsOverload() throws Exception {
        start(64, 16);
        Signals cage = new Signals("cage-07", false, 1, TestConfigs.RATE_HZ, T0, 1);
        offer(cage.next(FRAME));
        drain();
        for (int i = 0; i < 20; i++) {
            offer(cage.next(FRAME));
        }
        assertThat(queue.overflowTotal()).isEqualTo(4);
        drain();
        offer(cage.next(FRAME));
        drain();
        assertThat(metrics.rejectedCount(RejectReason.QUEUE_OVERFLOW)).isEqualTo(4);
        AlertEvent overload = output.alerts(AlertKind.OVERLOAD).get(0);
        assertThat(overload.detail()).startsWith("4 frames dropped");
        assertThat(output.alerts(AlertKind.SIGNAL_GAP)).anySatisfy(gap -> assertThat(gap.detail())
                .contains("FRAMES_DROPPED"));
    }

    @Test
    void anOfferedModelReplacesTheRunningOneBetweenBatchesAndIsAnnounced() throws Exception {
        start(64, 1000);
        ScoringModel first = pipeline.model();
        Path copy = TestConfigs.writeModel(dir.resolve("model-2.onnx"));
        pipeline.offerModel(TestConfigs.load(copy, 64));
        pipeline.step(0);
        assertThat(pipeline.model()).isNotSameAs(first);
        assertThat(pipeline.model().modelId()).isEqualTo("model-2");
        assertThat(output.streamChanges).hasSize(1);
    }
}
