package io.seizmon.dashboard.store;

import java.util.Objects;

/**
 * What the dashboard remembers of a subject across restarts.
 *
 * @param subject     subject id
 * @param simulated   under the {@code sim} root
 * @param agent       the agent that last reported it, or null
 * @param state       last shown state ({@code quiet}, {@code seizure}, ...)
 * @param lastEventMs wall-clock ms of its last event, or null
 * @param updatedMs   wall-clock ms of this record
 */
public record SubjectRecord(String subject, boolean simulated, String agent, String state, Long lastEventMs,
                            long updatedMs) {

    public SubjectRecord {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(state, "state");
    }
}
