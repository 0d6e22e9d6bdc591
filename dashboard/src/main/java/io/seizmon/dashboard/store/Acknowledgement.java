package io.seizmon.dashboard.store;

import io.seizmon.dashboard.auth.UserName;

/**
 * Who acknowledged an event and when.
 *
 * @param eventId          the event's id
 * @param userName         the operator's login name
 * @param acknowledgedMs   the dashboard's wall clock, ms since the epoch
 */
public record Acknowledgement(String eventId, String userName, long acknowledgedMs) {

    public Acknowledgement {
        if (eventId == null || eventId.isEmpty()) {
            throw new IllegalArgumentException("eventId: " + eventId + " (expected: an event id)");
        }
        UserName.require(userName);
    }
}
