package io.seizmon.agent.config;

import java.time.Duration;

/** Range checks for durations in configuration, with messages naming the key. */
final class Durations {

    private Durations() {
    }

    static void requireRange(String key, Duration value, Duration min, Duration max) {
        if (value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(key + ": " + value + " (expected: " + min + " to " + max + ")");
        }
    }
}
