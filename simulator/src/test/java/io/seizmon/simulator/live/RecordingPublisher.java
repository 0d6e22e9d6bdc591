package io.seizmon.simulator.live;

import io.seizmon.core.wire.StreamTopic;
import io.seizmon.core.wire.Topics;
import io.seizmon.simulator.pacing.VirtualReplayClock;
import io.seizmon.simulator.publish.MessagePublisher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A publisher for tests: records every message with the virtual time it was published at, optionally costing
 * virtual time per message (as a slow network would) and calling back after each (to cancel a looping run).
 */
final class RecordingPublisher implements MessagePublisher {

    /** One published message. */
    record Message(long nanos, String topic, byte[] payload, int qos, boolean retained) {
        StreamTopic parsed() {
            return Topics.parse(topic).orElseThrow();
        }

        Topics.Leaf leaf() {
            return parsed().leaf();
        }
    }

    private final VirtualReplayClock clock;
    private final long costNanos;
    private final List<Message> messages = new ArrayList<>();
    private Consumer<List<Message>> afterEach = m -> { };

    RecordingPublisher(VirtualReplayClock clock, long costNanos) {
        this.clock = clock;
        this.costNanos = costNanos;
    }

    void afterEach(Consumer<List<Message>> callback) {
        this.afterEach = callback;
    }

    @Override
    public synchronized void publish(String topic, byte[] payload, int qos, boolean retained) {
        messages.add(new Message(clock.nanoTime(), topic, payload, qos, retained));
        clock.advance(costNanos);
        afterEach.accept(messages);
    }

    synchronized List<Message> messages() {
        return List.copyOf(messages);
    }

    synchronized List<Message> messages(Topics.Leaf leaf) {
        return messages.stream().filter(m -> m.leaf() == leaf).toList();
    }

    @Override
    public void flush(Duration timeout) {
    }

    @Override
    public int reconnects() {
        return 0;
    }

    @Override
    public void close() {
    }
}
