package io.seizmon.agent.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.seizmon.core.window.GapReason;
import io.seizmon.core.wire.RejectReason;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * The agent's meters, all under {@code seizmon.agent.*} (Prometheus: {@code seizmon_agent_*}):
 *
 * <table>
 *   <caption>meters</caption>
 *   <tr><td>{@code frames.in}</td><td>counter</td><td>frames decoded well (before assembly checks)</td></tr>
 *   <tr><td>{@code frames.rejected{reason}}</td><td>counter</td><td>payloads and frames rejected, by
 *       {@link RejectReason} (decoder and assembly reasons, {@code QUEUE_OVERFLOW})</td></tr>
 *   <tr><td>{@code gaps{reason}}</td><td>counter</td><td>breaks in streams, by {@link GapReason}</td></tr>
 *   <tr><td>{@code windows.scored}</td><td>counter</td><td>channel windows scored by the model</td></tr>
 *   <tr><td>{@code windows.poor}</td><td>counter</td><td>channel windows the quality gate refused</td></tr>
 *   <tr><td>{@code inference}</td><td>timer</td><td>one batched model call</td></tr>
 *   <tr><td>{@code events}</td><td>counter</td><td>events decided</td></tr>
 *   <tr><td>{@code queue.depth}, {@code journal.backlog}</td><td>gauges</td><td>items waiting; events not yet
 *       acknowledged</td></tr>
 *   <tr><td>{@code decision.latency{stat,window}}</td><td>gauges, ms</td><td>p50, p99, max of the last 10 s
 *       ({@code window=recent}) and since start ({@code window=total}), from {@link DecisionLatency}</td></tr>
 * </table>
 *
 * Thread-safe (Micrometer meters are).
 */
public final class AgentMetrics {

    private final MeterRegistry registry;
    private final Counter framesIn;
    private final Map<RejectReason, Counter> rejected = new EnumMap<>(RejectReason.class);
    private final Counter windowsScored;
    private final Counter windowsPoor;
    private final Counter events;
    private final Map<GapReason, Counter> gaps = new EnumMap<>(GapReason.class);
    private final Timer inference;
    private final DecisionLatency latency = new DecisionLatency();

    public AgentMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.framesIn = Counter.builder("seizmon.agent.frames.in").description("frames decoded").register(registry);
        for (RejectReason reason : RejectReason.values()) {
            rejected.put(reason, Counter.builder("seizmon.agent.frames.rejected").tag("reason", reason.name())
                    .description("payloads and frames rejected, by reason").register(registry));
        }
        for (GapReason reason : GapReason.values()) {
            gaps.put(reason, Counter.builder("seizmon.agent.gaps").tag("reason", reason.name())
                    .description("breaks in streams, by reason (sequence gap: frames lost before the agent)")
                    .register(registry));
        }
        this.windowsScored = Counter.builder("seizmon.agent.windows.scored").register(registry);
        this.windowsPoor = Counter.builder("seizmon.agent.windows.poor").register(registry);
        this.events = Counter.builder("seizmon.agent.events").register(registry);
        this.inference = Timer.builder("seizmon.agent.inference").description("one batched model call")
                .register(registry);
        for (String window : new String[] {"recent", "total"}) {
            boolean recent = window.equals("recent");
            gauge("p50", window, () -> recent ? latency.recentMillis(50) : latency.totalMillis(50));
            gauge("p99", window, () -> recent ? latency.recentMillis(99) : latency.totalMillis(99));
            gauge("max", window, () -> recent ? latency.recentMillis(100) : latency.totalMaxMillis());
        }
        Gauge.builder("seizmon.agent.decision.count", latency, DecisionLatency::totalCount).strongReference(true)
                .register(registry);
    }

    private void gauge(String stat, String window, Supplier<Double> value) {
        Gauge.builder("seizmon.agent.decision.latency", value, Supplier::get).tag("stat", stat)
                .tag("window", window).baseUnit("milliseconds").strongReference(true).register(registry);
    }

    /** Registers a counter read from {@code owner} on every scrape (a monotonic total kept by the owner). */
    public <T> void registerCounter(String name, T owner, ToLongFunction<T> total) {
        FunctionCounter.builder(name, owner, o -> total.applyAsLong(o)).register(registry);
    }

    /** Registers a gauge read from {@code value} on every scrape, e.g. the queue depth. */
    public void registerGauge(String name, Supplier<Number> value) {
        // strong: Micrometer holds gauge state weakly, and a collected lambda would read NaN
        Gauge.builder(name, value, v -> v.get().doubleValue()).strongReference(true).register(registry);
    }

    public void frameIn() {
        framesIn.increment();
    }

    public void rejected(RejectReason reason) {
        rejected.get(reason).increment();
    }

    public double rejectedCount(RejectReason reason) {
        return rejected.get(reason).count();
    }

    public void gap(GapReason reason) {
        gaps.get(reason).increment();
    }

    public void windowsScored(int count) {
        windowsScored.increment(count);
    }

    public double windowsScoredCount() {
        return windowsScored.count();
    }

    public void windowPoor() {
        windowsPoor.increment();
    }

    public void event() {
        events.increment();
    }

    public double eventsCount() {
        return events.count();
    }

    public void inferenceNanos(long nanos) {
        inference.record(nanos, TimeUnit.NANOSECONDS);
    }

    public DecisionLatency latency() {
        return latency;
    }

    public double framesInCount() {
        return framesIn.count();
    }
}
