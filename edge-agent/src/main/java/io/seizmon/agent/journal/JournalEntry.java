package io.seizmon.agent.journal;

import java.util.Arrays;
import java.util.Objects;

/**
 * One event as it is published: its unique id, the topic and the exact payload bytes (so a replay after a restart
 * sends the same bytes, with the same id and the same {@code published_us}).
 *
 * @param id      the event id ({@code AlertEvent.id}), 1..200 printable ASCII characters without tab or newline
 * @param topic   the MQTT topic
 * @param payload the payload; the record keeps the caller's array (callers do not change it afterwards)
 */
public record JournalEntry(String id, String topic, byte[] payload) {

    public JournalEntry {
        Objects.requireNonNull(payload, "payload");
        if (id == null || id.isEmpty() || id.length() > 200 || !id.chars().allMatch(c -> c > 32 && c < 127)) {
            throw new IllegalArgumentException("id: " + id + " (expected: 1..200 printable ASCII characters)");
        }
        if (topic == null || topic.isEmpty() || topic.chars().anyMatch(c -> c == '\t' || c == '\n' || c == '\r')) {
            throw new IllegalArgumentException("topic: " + topic + " (expected: non-empty, no tab or newline)");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JournalEntry e && id.equals(e.id) && topic.equals(e.topic)
                && Arrays.equals(payload, e.payload);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, topic, Arrays.hashCode(payload));
    }

    @Override
    public String toString() {
        return "JournalEntry[" + id + " on " + topic + ", " + payload.length + " bytes]";
    }
}
