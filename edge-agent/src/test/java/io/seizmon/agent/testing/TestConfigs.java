package io.seizmon.agent.testing;

import io.seizmon.agent.config.AgentConfig;
import io.seizmon.agent.config.DetectionConfig;
import io.seizmon.agent.model.ModelLoader;
import io.seizmon.agent.pipeline.ScoringModel;
import io.seizmon.core.detect.DetectionSpec;
import io.seizmon.core.feature.FeatureSpec;
import io.seizmon.core.model.AgentTestModels;
import io.seizmon.core.model.ModelFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Configurations and models for unit tests, built without the Micronaut container. */
public final class TestConfigs {

    /** The agent's rate in the tests, Hz. */
    public static final double RATE_HZ = 1000;
    /** The 20-Hz feature midpoint between background (~0.7) and seizure (~4.5); see {@link Signals}. */
    public static final float MIDPOINT = 2.5f;
    /** Detection in the tests: 2 of 3 windows for onset, 2 below for offset, no refractory time. */
    public static final DetectionSpec DETECTION = DetectionSpec.of(0.5, 2, 3, 2, 0, 0);

    private TestConfigs() {
    }

    /** An agent configuration with a 1-s hop and the given queue, batch and stale timeout. */
    public static AgentConfig agent(Path model, Path state, int maxBatch, int queueCapacity, Duration stale) {
        return new AgentConfig("edge-01", List.of(), List.of(), true, RATE_HZ, 5, Duration.ofSeconds(1), model,
                maxBatch, true, queueCapacity, 16_000_000, stale, state, Duration.ofHours(24), 100_000, 0, false);
    }

    /** Writes the test model (logistic on the 20-Hz feature) for 1000 Hz and 5-s windows. */
    public static Path writeModel(Path file) throws IOException {
        return AgentTestModels.write(file, FeatureSpec.of(RATE_HZ, 5), Signals.SEIZURE_HZ, 4f, MIDPOINT, DETECTION);
    }

    /** Loads a model file as the agent would, with no detection overrides. */
    public static ScoringModel load(Path file, int maxBatch) throws ModelFormatException {
        return new ModelLoader(FeatureSpec.of(RATE_HZ, 5), maxBatch,
                new DetectionConfig(null, null, null, null, null, null)).load(file);
    }
}
