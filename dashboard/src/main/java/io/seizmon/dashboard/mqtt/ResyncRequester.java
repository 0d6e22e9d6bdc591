package io.seizmon.dashboard.mqtt;

import io.seizmon.core.wire.ResyncRequest;
import io.seizmon.core.wire.ResyncRequestCodec;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Decides when the dashboard asks agents to republish their journals, and from when ({@code docs/topics.md}
 * "Resync request payload"): after every (re)established session once the subscriptions are in place
 * ({@link #onSubscribed}), and whenever an agent's status turns online ({@link #onAgentStatus}: the agent may have
 * republished its journal before the dashboard was subscribed again). {@code since_us} is the newest stored event's
 * {@code published_us} minus {@link #MARGIN_MICROS}, or now minus {@link #MAX_LOOKBACK_MICROS} when there is none,
 * and never older than that.
 *
 * <p>Thread-safe: called on Paho's threads; {@code publish} must not block (an asynchronous QoS 1 publication).
 */
final class ResyncRequester {

    /** How far before the newest stored event a request starts (agents' clocks and journal order differ), µs. */
    static final long MARGIN_MICROS = 10 * 60 * 1_000_000L;
    /** The oldest a request ever asks for, before now, µs (the agents' default journal retention). */
    static final long MAX_LOOKBACK_MICROS = 24 * 3600 * 1_000_000L;
    private static final long NONE = Long.MIN_VALUE;

    private final String requester;
    private final LongSupplier wallMicros;
    private final Consumer<byte[]> publish;
    private final AtomicLong newestPublishedMicros = new AtomicLong(NONE);
    private final Map<String, Boolean> agentOnline = new ConcurrentHashMap<>();

    /**
     * @param requester  the dashboard's MQTT client id
     * @param wallMicros wall clock, µs since the epoch
     * @param publish    sends a request payload on {@code seizmon/v1/resync}, QoS 1, not retained
     */
    ResyncRequester(String requester, LongSupplier wallMicros, Consumer<byte[]> publish) {
        this.requester = Objects.requireNonNull(requester, "requester");
        this.wallMicros = wallMicros;
        this.publish = publish;
    }

    /** Notes an event's {@code published_us} (a stored event at start-up, or an alert received). */
    void onEventPublished(long publishedMicros) {
        newestPublishedMicros.accumulateAndGet(publishedMicros, Math::max);
    }

    /** The session is established and subscribed: asks for a resync. */
    void onSubscribed() {
        publish.accept(ResyncRequestCodec.encode(request()));
    }

    /** The session is lost: every agent's state is unknown until its status arrives again. */
    void onConnectionLost() {
        agentOnline.clear();
    }

    /** An agent's status arrived: asks for a resync when the agent turned online (or was not known to be online). */
    void onAgentStatus(String agentId, boolean online) {
        Boolean before = agentOnline.put(agentId, online);
        if (online && !Boolean.TRUE.equals(before)) {
            publish.accept(ResyncRequestCodec.encode(request()));
        }
    }

    /** The request to send now. */
    ResyncRequest request() {
        long now = wallMicros.getAsLong();
        long oldest = Math.max(0, now - MAX_LOOKBACK_MICROS);
        long newest = newestPublishedMicros.get();
        long since = newest == NONE ? oldest : Math.max(oldest, newest - MARGIN_MICROS);
        return new ResyncRequest(requester, since);
    }
}
