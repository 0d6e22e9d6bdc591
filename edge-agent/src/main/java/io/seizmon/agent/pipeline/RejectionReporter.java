package io.seizmon.agent.pipeline;

import io.seizmon.agent.metrics.AgentMetrics;
import io.seizmon.core.wire.RejectReason;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts every rejection by reason (metrics) and logs them rate-limited: the first rejection of a reason is logged
 * with its stream, topic and detail; later ones within the same burst ({@code burstNanos}) are only counted, and the
 * next line of that reason says how many were not logged. One line per reason per burst, never a flood.
 *
 * <p>Thread-safe: the MQTT callback thread and the pipeline thread both report.
 */
public final class RejectionReporter {

    private static final Logger LOG = LoggerFactory.getLogger(RejectionReporter.class);

    private final AgentMetrics metrics;
    private final LongSupplier nanoClock;
    private final long burstNanos;
    private final Map<RejectReason, long[]> bursts = new EnumMap<>(RejectReason.class);

    /** @param burstNanos how long one burst lasts; one line per reason per burst */
    public RejectionReporter(AgentMetrics metrics, LongSupplier nanoClock, long burstNanos) {
        this.metrics = metrics;
        this.nanoClock = nanoClock;
        this.burstNanos = burstNanos;
        for (RejectReason reason : RejectReason.values()) {
            bursts.put(reason, new long[] {Long.MIN_VALUE, 0});
        }
    }

    /**
     * Counts one rejection; logs it unless this reason was logged within the burst.
     *
     * @return true when a line was logged
     */
    public boolean report(RejectReason reason, String where, String detail) {
        metrics.rejected(reason);
        long now = nanoClock.getAsLong();
        long suppressed;
        long[] burst = bursts.get(reason);
        synchronized (burst) {
            if (burst[0] != Long.MIN_VALUE && now - burst[0] < burstNanos) {
                burst[1]++;
                return false;
            }
            burst[0] = now;
            suppressed = burst[1];
            burst[1] = 0;
        }
        LOG.warn("rejected {} from {}: {}{}", reason, where, detail,
                suppressed > 0 ? " (and " + suppressed + " more " + reason + " not logged in the previous burst)" : "");
        return true;
    }
}
