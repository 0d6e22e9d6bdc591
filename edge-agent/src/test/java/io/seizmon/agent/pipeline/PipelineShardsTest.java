package io.seizmon.agent.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.seizmon.agent.config.AgentConfig;
import io.seizmon.agent.metrics.AgentMetrics;
import io.seizmon.agent.testing.Signals;
import io.seizmon.agent.testing.TestConfigs;
import io.seizmon.core.model.ModelFormatException;
import io.seizmon.core.quality.QualitySpec;
import io.seizmon.core.wire.AlertKind;
import io.seizmon.core.wire.ScoreUpdate;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline over several threads, running for real: streams spread evenly and stay on their shard, every window of
 * every stream is decided in order, seizures are found whichever shard holds them, the stream sets of the shards are
 * merged for the status, and a model that cannot be copied for every shard is refused as a whole.
 */
class PipelineShardsTest {

    private static final long T0 = 1_700_000_000_000_000L;
    private static final int FRAME = 100;

    @TempDir
    static Path dir;
    private static Path modelFile;

    private final AgentMetrics metrics = new AgentMetrics(new SimpleMeterRegistry());
    private final RejectionReporter rejections = new RejectionReporter(metrics, System::nanoTime, 1_000_000_000L);
    private final RecordingOutput output = new RecordingOutput();
    private final AtomicInteger copies = new AtomicInteger();
    private PipelineShards shards;

    @BeforeAll
    static void writeModel() throws IOException {
        modelFile = TestConfigs.writeModel(dir.resolve("model.onnx"));
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (shards != null) {
            shards.stop(5000);
            shards.closeModels();
        }
    }

    private PipelineShards start(int threads, PipelineShards.ModelCopier copier) throws Exception {
        AgentConfig config = TestConfigs.agent(modelFile, dir, 64, 1000, Duration.ofMinutes(10));
        shards = new PipelineShards(threads, config, QualitySpec.DEFAULT, TestConfigs.load(modelFile, 64), copier,
                output, metrics, rejections, System::nanoTime, () -> T0);
        shards.start();
        return shards;
    }

    private ScoringModel copy(ScoringModel original) throws ModelFormatException {
        copies.incrementAndGet();
        return TestConfigs.load(original.file(), 64);
    }

    @Test
    void spreadsStreamsEvenlyAndDecidesEveryWindowOfEveryStreamInOrder() throws Exception {
        start(2, this::copy);
        List<Signals> cages = new ArrayList<>();
        for (int s = 0; s < 6; s++) {
            cages.add(new Signals("cage-0" + s, false, 2, TestConfigs.RATE_HZ, T0, s));
        }
        for (int frame = 0; frame < 120; frame++) {
            boolean seizing = frame >= 40;
            for (int s = 0; s < cages.size(); s++) {
                assertThat(shards.offer(new Ingest.Frame(cages.get(s).next(FRAME, false, s == 4 && seizing),
                        System.nanoTime()))).isTrue();
            }
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> output.scores.size() == 6 * 8);
        assertThat(copies).hasValue(1);
        int[] perShard = new int[2];
        for (int s = 0; s < 6; s++) {
            StreamKey key = new StreamKey("cage-0" + s, false);
            perShard[shards.shardOf(key)]++;
            List<Long> starts = output.scores(key.subjectId()).stream().map(ScoreUpdate::windowStartMicros).toList();
            assertThat(starts).as("windows of %s", key).hasSize(8).isSorted().doesNotHaveDuplicates();
        }
        assertThat(perShard).containsExactly(3, 3);
        assertThat(output.alerts(AlertKind.SEIZURE_ONSET)).singleElement()
                .satisfies(onset -> {
                    assertThat(onset.subjectId()).isEqualTo("cage-04");
                    assertThat(onset.channel()).hasValue(1);
                });
        await().atMost(Duration.ofSeconds(5)).until(() -> !output.streamChanges.isEmpty()
                && output.streamChanges.get(output.streamChanges.size() - 1).size() == 6);
        assertThat(shards.queueDepth()).isZero();
        assertThat(shards.alive()).isTrue();
    }

    @Test
    void aModelIsSwappedOnEveryShard() throws Exception {
        start(3, this::copy);
        List<ScoringModel> running = List.of(shards.model(0), shards.model(1), shards.model(2));
        shards.offerModel(TestConfigs.load(modelFile, 64));

        await().atMost(Duration.ofSeconds(10)).until(() -> shards.model(0) != running.get(0)
                && shards.model(1) != running.get(1) && shards.model(2) != running.get(2));
        assertThat(copies).hasValue(2 + 2);
        assertThat(Set.of(shards.model(0), shards.model(1), shards.model(2))).hasSize(3);
    }

    @Test
    void aModelThatCannotBeCopiedForEveryShardIsRefusedAndTheRunningOnesStay() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        start(2, original -> {
            if (calls.incrementAndGet() > 1) {
                throw new ModelFormatException(original.file().toString(), "the file changed while it was loaded");
            }
            return copy(original);
        });
        ScoringModel first = shards.model(0);
        ScoringModel second = shards.model(1);

        assertThatThrownBy(() -> shards.offerModel(TestConfigs.load(modelFile, 64)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("model.onnx")
                .hasMessageContaining("the file changed while it was loaded");
        assertThat(shards.model(0)).isSameAs(first);
        assertThat(shards.model(1)).isSameAs(second);
    }

    @Test
    void refusesNoThreads() {
        assertThatThrownBy(() -> start(0, this::copy)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("shards: 0 (expected: >= 1)");
    }
}
