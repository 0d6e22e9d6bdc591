package io.seizmon.simulator.publish;

import java.time.Duration;

/**
 * Where a replay sends its messages: an MQTT connection ({@link PahoPublisher}) or, in tests, a recorder.
 *
 * <p>Flow control is the publisher's job: {@link #publish} blocks while the window of unacknowledged messages is
 * full or the connection is down, and never drops a message. Thread-safe: every stream thread of a replay
 * publishes through one publisher. The publisher keeps a reference to {@code payload} until the message is
 * acknowledged, so callers hand over a fresh array and do not modify it.
 */
public interface MessagePublisher extends AutoCloseable {

    /**
     * Hands one message to the broker connection, waiting for room in the in-flight window first.
     *
     * @param qos      0 or 1
     * @param retained the MQTT retain flag
     * @throws PublishException     when the broker is gone for good (the message names it and the cause)
     * @throws InterruptedException when the caller is interrupted while waiting
     */
    void publish(String topic, byte[] payload, int qos, boolean retained) throws PublishException,
            InterruptedException;

    /**
     * Waits until every message published so far is acknowledged.
     *
     * @throws PublishException when the broker is gone for good or {@code timeout} passes first
     */
    void flush(Duration timeout) throws PublishException, InterruptedException;

    /** Returns how many times the connection was lost and re-established so far. */
    int reconnects();

    /** Disconnects and releases the connection, without waiting for acknowledgements. Idempotent; never throws. */
    @Override
    void close();
}
