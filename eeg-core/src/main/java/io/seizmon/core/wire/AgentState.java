package io.seizmon.core.wire;

import java.util.Optional;

/** Whether an edge agent is connected, as carried by its retained {@link AgentStatus}. */
public enum AgentState {

    /** Connected and scoring its subjects. */
    ONLINE("online"),
    /** Gone: a clean shutdown, or the broker published the agent's Last Will. */
    OFFLINE("offline");

    private final String wireName;

    AgentState(String wireName) {
        this.wireName = wireName;
    }

    /** Returns the name in JSON payloads, e.g. {@code "online"}. */
    public String wireName() {
        return wireName;
    }

    /** Returns the state with this exact wire name, or empty (also for null). */
    public static Optional<AgentState> fromWireName(String wireName) {
        return WireNames.find(values(), AgentState::wireName, wireName);
    }
}
