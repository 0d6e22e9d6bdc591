package io.seizmon.agent.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.seizmon.agent.config.DetectionConfig;
import io.seizmon.agent.pipeline.ScoringModel;
import io.seizmon.agent.testing.Signals;
import io.seizmon.agent.testing.TestConfigs;
import io.seizmon.core.feature.FeatureSpec;
import io.seizmon.core.model.AgentTestModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelWatcherTest {

    @TempDir
    Path dir;

    private final List<ScoringModel> loaded = new CopyOnWriteArrayList<>();
    private final ModelLoader loader = new ModelLoader(FeatureSpec.of(TestConfigs.RATE_HZ, 5), 64,
            new DetectionConfig(null, null, null, null, null, null));

    @Test
    void aChangedFileIsLoadedValidatedAndHandedOverAndARefusedOneIsNot() throws Exception {
        Path file = TestConfigs.writeModel(dir.resolve("model.onnx"));
        try (ModelWatcher watcher = new ModelWatcher(loader, file, loaded::add)) {
            Path other = AgentTestModels.write(dir.resolve("other.tmp"), FeatureSpec.of(TestConfigs.RATE_HZ, 5),
                    Signals.SEIZURE_HZ, 8f, TestConfigs.MIDPOINT, TestConfigs.DETECTION);
            Files.copy(other, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            await().atMost(Duration.ofSeconds(30)).until(() -> loaded.size() == 1);
            String firstSha = loaded.get(0).sha256();

            AgentTestModels.write(dir.resolve("wrong.tmp"), FeatureSpec.of(512, 5), Signals.SEIZURE_HZ, 8f,
                    TestConfigs.MIDPOINT, TestConfigs.DETECTION);
            Files.copy(dir.resolve("wrong.tmp"), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            watcher.reload();
            await().atMost(Duration.ofSeconds(30)).until(() -> watcher.refusals() >= 1);
            assertThat(loaded).hasSize(1);
            TestConfigs.writeModel(file);
            await().atMost(Duration.ofSeconds(30)).until(() -> loaded.size() == 2);
            assertThat(loaded.get(1).sha256()).isNotEqualTo(firstSha);
            assertThat(loaded).allSatisfy(m -> assertThat(m.onnx().metadata().featureSpec().sampleRateHz())
                    .isEqualTo(TestConfigs.RATE_HZ));
        } finally {
            loaded.forEach(m -> m.onnx().close());
        }
    }
}
