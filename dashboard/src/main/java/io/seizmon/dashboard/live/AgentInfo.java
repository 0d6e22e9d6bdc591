package io.seizmon.dashboard.live;

import java.util.List;
import java.util.Objects;

/**
 * An agent's status message as the board needs it ({@code docs/topics.md}, "Agent status payload").
 *
 * @param agent     agent id
 * @param online    state {@code online}; false for {@code offline} (the Last Will)
 * @param sinceUs   when that state began, µs, agent wall clock
 * @param subjects  the subjects it reports, with their root
 */
public record AgentInfo(String agent, boolean online, long sinceUs, List<SubjectKey> subjects) {

    public AgentInfo {
        Objects.requireNonNull(agent, "agent");
        subjects = List.copyOf(subjects);
    }
}
