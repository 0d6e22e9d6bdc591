package io.seizmon.agent.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AgentMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AgentMetrics metrics = new AgentMetrics(registry);

    private double gauge(String stat, String window) {
        return registry.get("seizmon.agent.decision.latency").tag("stat", stat).tag("window", window).gauge().value();
    }

    @Test
    void decisionLatencyGaugesReadTheLastIntervalAndTheTotalInMilliseconds() {
        for (int ms = 1; ms <= 100; ms++) {
            metrics.latency().recordNanos(ms * 1_000_000L);
        }
        metrics.latency().snapshot();
        System.gc();
        assertThat(gauge("p50", "recent")).isCloseTo(50, within(0.1));
        assertThat(gauge("p99", "recent")).isCloseTo(99, within(0.1));
        assertThat(gauge("max", "total")).isCloseTo(100, within(0.1));
        metrics.latency().recordNanos(7_000_000L);
        metrics.latency().snapshot();
        assertThat(gauge("max", "recent")).isCloseTo(7, within(0.01));
        assertThat(gauge("max", "total")).isCloseTo(100, within(0.1));
        assertThat(registry.get("seizmon.agent.decision.count").gauge().value()).isEqualTo(101);
    }

    @Test
    void gaugesBeforeAnyDecisionReadZero() {
        assertThat(gauge("p99", "recent")).isZero();
        assertThat(gauge("p99", "total")).isZero();
    }

    @Test
    void registeredGaugesFollowTheirSourceAfterACollection() {
        AtomicInteger depth = new AtomicInteger(3);
        metrics.registerGauge("seizmon.agent.queue.depth", depth::get);
        System.gc();
        depth.set(17);
        assertThat(registry.get("seizmon.agent.queue.depth").gauge().value()).isEqualTo(17);
    }
}
