package io.seizmon.dashboard.mqtt;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts rejected MQTT messages by reason and logs a reason's 1st, 2nd, 4th, 8th, ... occurrence (once per burst,
 * with the topic and detail), so a flood of bad payloads cannot flood the log. Thread-safe.
 */
final class RejectCounter {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final LongAdder total = new LongAdder();

    void count(String reason, String topic, String detail) {
        LongAdder adder = counts.computeIfAbsent(reason, r -> new LongAdder());
        adder.increment();
        total.increment();
        long n = adder.sum();
        if (Long.bitCount(n) == 1) {
            System.err.println("dashboard: rejected message on " + topic + ": " + reason + " " + detail + " (" + n
                    + " so far for this reason)");
        }
    }

    long total() {
        return total.sum();
    }

    long count(String reason) {
        LongAdder adder = counts.get(reason);
        return adder == null ? 0 : adder.sum();
    }
}
