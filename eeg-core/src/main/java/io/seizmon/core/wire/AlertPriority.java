package io.seizmon.core.wire;

import java.util.Optional;

/** How urgent an {@link AlertEvent} is, fixed by its {@link AlertKind}: what a monitor's alarm shows. */
public enum AlertPriority {

    /** A seizure onset: the alarm. */
    HIGH("high"),
    /** A technical problem that leaves a hole in monitoring. */
    MEDIUM("medium"),
    /** Information: a seizure ended, the signal came back. */
    LOW("low");

    private final String wireName;

    AlertPriority(String wireName) {
        this.wireName = wireName;
    }

    /** Returns the name in JSON payloads, e.g. {@code "high"}. */
    public String wireName() {
        return wireName;
    }

    /** Returns the priority with this exact wire name, or empty (also for null). */
    public static Optional<AlertPriority> fromWireName(String wireName) {
        return WireNames.find(values(), AlertPriority::wireName, wireName);
    }
}
