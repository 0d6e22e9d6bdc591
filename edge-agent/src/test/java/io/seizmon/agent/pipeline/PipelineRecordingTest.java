package io.seizmon.agent.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.seizmon.agent.config.AgentConfig;
import io.seizmon.agent.metrics.AgentMetrics;
import io.seizmon.agent.recording.EdfRecorder;
import io.seizmon.agent.recording.RecordingSettings;
import io.seizmon.agent.testing.Signals;
import io.seizmon.agent.testing.TestConfigs;
import io.seizmon.core.quality.QualitySpec;
import io.seizmon.core.recording.Annotation;
import io.seizmon.core.recording.EdfReader;
import io.seizmon.core.recording.RecordingOptions;
import io.seizmon.core.wire.AlertEvent;
import io.seizmon.core.wire.AlertKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline hands the recorder its accepted frames, its gaps and its events: the files hold the evidence. */
class PipelineRecordingTest {

    private static final long T0 = 1_700_000_000_000_000L;
    private static final int FRAME = 100;

    @TempDir
    Path dir;

    @Test
    void theRecordingHoldsTheSignalAroundAGapInTwoFilesWithTheSeizureAnnotated() throws Exception {
        Path model = TestConfigs.writeModel(dir.resolve("model.onnx"));
        AgentConfig config = TestConfigs.agent(model, dir, 64, 1000, Duration.ofSeconds(10));
        AtomicLong nanos = new AtomicLong(1_000_000_000L);
        AgentMetrics metrics = new AgentMetrics(new SimpleMeterRegistry());
        RecordingOutput output = new RecordingOutput();
        IngestQueue queue = new IngestQueue(1000, config.queueMaxSamples());
        EdfRecorder recorder = new EdfRecorder(new RecordingSettings("edge-01", dir.resolve("rec"), 3600, 3276.7,
                1L << 30, Duration.ofDays(30), 4_000_000), nanos::get, System::currentTimeMillis);
        Pipeline pipeline = new Pipeline(config, QualitySpec.DEFAULT, TestConfigs.load(model, 64), queue, output,
                metrics, new RejectionReporter(metrics, nanos::get, 1_000_000_000L), nanos::get, () -> T0, recorder);
        Signals cage = new Signals("cage-07", false, 2, TestConfigs.RATE_HZ, T0, 1);
        for (int i = 0; i < 280; i++) {
            queue.offer(new Ingest.Frame(cage.next(FRAME, false, i >= 100 && i < 180), nanos.addAndGet(100_000_000L)));
            pipeline.step(0);
        }
        cage.skip(20, FRAME);
        for (int i = 0; i < 60; i++) {
            queue.offer(new Ingest.Frame(cage.next(FRAME), nanos.addAndGet(100_000_000L)));
            pipeline.step(0);
        }
        recorder.close();

        AlertEvent onset = output.alerts(AlertKind.SEIZURE_ONSET).get(0);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir.resolve("rec"))) {
            files = s.sorted().toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly(
                "live-cage-07-20231114T221320Z.edf", "live-cage-07-20231114T221350Z.edf");
        try (EdfReader first = EdfReader.open(files.get(0), RecordingOptions.DEFAULTS)) {
            assertThat(first.header().recordCount()).isEqualTo(28);
            double fileStart = first.header().startTime().toEpochSecond(ZoneOffset.UTC);
            assertThat(first.annotations()).filteredOn(a -> a.text().endsWith("id=" + onset.id())).singleElement()
                    .extracting(Annotation::onsetSeconds).isEqualTo((onset.onsetMicros() / 1e6) - fileStart);
            assertThat(first.annotations()).extracting(Annotation::text)
                    .anyMatch(t -> t.startsWith("seizure_offset ch1"))
                    .anyMatch(t -> t.startsWith("signal_gap stream"));
        }
        try (EdfReader second = EdfReader.open(files.get(1), RecordingOptions.DEFAULTS)) {
            assertThat(second.header().recordCount()).isEqualTo(6);
        }
    }

    @Test
    void aStreamThatFallsSilentEndsItsFileWithTheSignalLostAnnotation() throws Exception {
        Path model = TestConfigs.writeModel(dir.resolve("model.onnx"));
        AgentConfig config = TestConfigs.agent(model, dir, 64, 1000, Duration.ofSeconds(10));
        AtomicLong nanos = new AtomicLong(1_000_000_000L);
        AgentMetrics metrics = new AgentMetrics(new SimpleMeterRegistry());
        IngestQueue queue = new IngestQueue(1000, config.queueMaxSamples());
        EdfRecorder recorder = new EdfRecorder(new RecordingSettings("edge-01", dir.resolve("rec"), 3600, 3276.7,
                1L << 30, Duration.ofDays(30), 4_000_000), nanos::get, System::currentTimeMillis);
        Pipeline pipeline = new Pipeline(config, QualitySpec.DEFAULT, TestConfigs.load(model, 64), queue,
                new RecordingOutput(), metrics, new RejectionReporter(metrics, nanos::get, 1_000_000_000L), nanos::get,
                () -> T0, recorder);
        Signals cage = new Signals("cage-07", false, 1, TestConfigs.RATE_HZ, T0, 1);
        for (int i = 0; i < 50; i++) {
            queue.offer(new Ingest.Frame(cage.next(FRAME), nanos.addAndGet(100_000_000L)));
            pipeline.step(0);
        }
        nanos.addAndGet(12_000_000_000L);
        pipeline.step(0);
        for (int i = 0; i < 30; i++) {
            queue.offer(new Ingest.Frame(cage.next(FRAME), nanos.addAndGet(100_000_000L)));
            pipeline.step(0);
        }
        recorder.close();

        List<Path> files;
        try (Stream<Path> s = Files.list(dir.resolve("rec"))) {
            files = s.sorted().toList();
        }
        assertThat(files).as("the frames after the silence follow on, yet the file ended at signal_lost").hasSize(2);
        try (EdfReader first = EdfReader.open(files.get(0), RecordingOptions.DEFAULTS)) {
            assertThat(first.header().recordCount()).isEqualTo(5);
            assertThat(first.annotations()).singleElement().satisfies(a -> {
                assertThat(a.text()).startsWith("signal_lost stream");
                assertThat(a.onsetSeconds()).isEqualTo(5.0);
            });
        }
    }
}
