package io.seizmon.core.wire;

/**
 * A consumer's request that every agent republish the events it journaled since a time, on
 * {@code seizmon/v1/resync} ({@link ResyncRequestCodec}, {@code docs/topics.md} "Resync request payload"). A consumer
 * (the dashboard) sends it each time its MQTT session is (re)established, after subscribing, and whenever an agent's
 * status turns online, so that events an agent published while the consumer was not subscribed reach it after all.
 * Immutable.
 *
 * @param requester  who asks (e.g. the consumer's MQTT client id), 1..{@value #MAX_REQUESTER_LENGTH} printable ASCII
 *                   characters; for logs and metrics only
 * @param sinceMicros republish events whose {@code published_us} is at or after this, µs since the epoch (agent wall
 *                   clock), ≥ 0; agents cap how far back they go at their journal retention
 */
public record ResyncRequest(String requester, long sinceMicros) {

    /** Longest requester, characters. */
    public static final int MAX_REQUESTER_LENGTH = 128;

    /** @throws IllegalArgumentException naming the first invalid component */
    public ResyncRequest {
        PayloadChecks.require(PayloadChecks.checkPrintableAscii("requester", requester, 1, MAX_REQUESTER_LENGTH));
        if (sinceMicros < 0) {
            throw new IllegalArgumentException("sinceMicros: " + sinceMicros + " (expected: >= 0)");
        }
    }
}
