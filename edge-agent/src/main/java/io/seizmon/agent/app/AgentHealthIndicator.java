package io.seizmon.agent.app;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import io.micronaut.core.async.publisher.Publishers;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reactivestreams.Publisher;

/** {@code /health}: UP while every pipeline thread runs and the broker is connected, with the agent's details. */
@Singleton
@Liveness
public final class AgentHealthIndicator implements HealthIndicator {

    private final AgentRuntime runtime;

    public AgentHealthIndicator(AgentRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("brokerConnected", runtime.connected());
        details.put("queueDepth", runtime.queueDepth());
        details.put("journalBacklog", runtime.journalBacklog());
        details.put("model", runtime.pipelines().model().modelId());
        details.put("recording", runtime.recorder() != null);
        if (runtime.recorder() != null) {
            details.put("recordingFilesOpen", runtime.recorder().stats().filesOpen());
            details.put("recordingWriteErrors", runtime.recorder().stats().writeErrors());
        }
        return Publishers.just(HealthResult.builder("seizmon-agent", runtime.healthy() ? HealthStatus.UP
                : HealthStatus.DOWN).details(details).build());
    }
}
