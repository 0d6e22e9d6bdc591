package io.seizmon.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.micronaut.context.ApplicationContext;
import io.seizmon.agent.testing.TestConfigs;
import io.seizmon.core.feature.FeatureSpec;
import io.seizmon.core.model.AgentTestModels;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up refuses what it cannot run, naming the key or both sides, before it touches the broker. */
class AgentStartupTest {

    @TempDir
    Path dir;

    private String startFailure(Map<String, Object> overrides) throws Exception {
        Map<String, Object> properties = new HashMap<>();
        properties.put("seizmon.agent.model-path", TestConfigs.writeModel(dir.resolve("ok.onnx")).toString());
        properties.put("seizmon.agent.state-directory", dir.resolve("state").toString());
        properties.put("seizmon.agent.broker.url", "tcp://127.0.0.1:1");
        properties.putAll(overrides);
        Throwable thrown = catchThrowable(() -> ApplicationContext.run(properties).close());
        assertThat(thrown).as("the start must fail").isNotNull();
        return AgentMain.rootMessage(thrown);
    }

    @Test
    void refusesAModelForAnotherFeatureSpecNamingBothSides() throws Exception {
        Path wrong = AgentTestModels.write(dir.resolve("wrong-rate.onnx"), FeatureSpec.of(512, 5), 20, 4f, 2.5f,
                TestConfigs.DETECTION);
        String message = startFailure(Map.of("seizmon.agent.model-path", wrong.toString()));
        assertThat(message).contains("wrong-rate.onnx").contains("feature spec")
                .contains("sampleRateHz=512.0").contains("sampleRateHz=1000.0");
    }

    @Test
    void refusesAModelForAnotherWindowLength() throws Exception {
        Path wrong = AgentTestModels.write(dir.resolve("wrong-window.onnx"), FeatureSpec.of(1000, 10), 20, 4f, 2.5f,
                TestConfigs.DETECTION);
        String message = startFailure(Map.of("seizmon.agent.model-path", wrong.toString()));
        assertThat(message).contains("windowSeconds=10.0").contains("windowSeconds=5.0");
    }

    @Test
    void refusesAMissingModelNamingTheFile() throws Exception {
        String message = startFailure(Map.of("seizmon.agent.model-path", dir.resolve("none.onnx").toString()));
        assertThat(message).contains("none.onnx").contains("no such file");
    }

    @Test
    void refusesAnInvalidAgentIdNamingTheKey() throws Exception {
        assertThat(startFailure(Map.of("seizmon.agent.id", "Edge 01"))).contains("seizmon.agent.id: Edge 01");
    }

    @Test
    void refusesAHopLongerThanTheWindowNamingTheKeys() throws Exception {
        assertThat(startFailure(Map.of("seizmon.agent.hop", "6s"))).contains("seizmon.agent.").contains("hop");
    }

    @Test
    void refusesAReconnectMaximumBelowTheMinimum() throws Exception {
        assertThat(startFailure(Map.of("seizmon.agent.broker.reconnect-min", "5s",
                "seizmon.agent.broker.reconnect-max", "1s"))).contains("seizmon.agent.broker.reconnect-max");
    }

    @Test
    void refusesAnUnsupportedBrokerScheme() throws Exception {
        assertThat(startFailure(Map.of("seizmon.agent.broker.url", "http://localhost:1883"))).contains("url");
    }

    @Test
    void refusesAnInvalidDetectionOverride() throws Exception {
        assertThat(startFailure(Map.of("seizmon.agent.detection.threshold", "1.5")))
                .contains("seizmon.agent.detection.threshold: 1.5");
    }

    @Test
    void refusesInvalidRecordingSettingsNamingTheKey() throws Exception {
        assertThat(startFailure(Map.of("seizmon.agent.recording.file-duration", "5s")))
                .contains("seizmon.agent.recording.file-duration: PT5S (expected: PT10S to PT24H)");
        assertThat(startFailure(Map.of("seizmon.agent.recording.file-duration", "90500ms")))
                .contains("seizmon.agent.recording.file-duration: PT1M30.5S (expected: whole seconds");
        assertThat(startFailure(Map.of("seizmon.agent.recording.max-total-size", "lots")))
                .contains("seizmon.agent.recording.max-total-size: lots (expected: a size such as 500MB or 10GB");
        assertThat(startFailure(Map.of("seizmon.agent.recording.physical-range-microvolts", "0")))
                .contains("seizmon.agent.recording.physical-range-microvolts: 0.0 (expected: 1 to 1000000)");
        assertThat(startFailure(Map.of("seizmon.agent.recording.retention", "10m")))
                .contains("seizmon.agent.recording.retention: PT10M");
    }

    @Test
    void parsesTheCommandLine() {
        Map<String, Object> properties = new HashMap<>();
        AgentMain.parse(new String[] {"--broker", "tcp://10.0.0.1:1883"}, properties);
        assertThat(properties).containsEntry("seizmon.agent.broker.url", "tcp://10.0.0.1:1883");
        assertThat(catchThrowable(() -> AgentMain.parse(new String[] {"--config", dir.resolve("x.yml").toString()},
                properties))).hasMessageContaining("--config").hasMessageContaining("x.yml");
        assertThat(catchThrowable(() -> AgentMain.parse(new String[] {"--frobnicate"}, properties)))
                .hasMessageContaining("--frobnicate");
    }
}
