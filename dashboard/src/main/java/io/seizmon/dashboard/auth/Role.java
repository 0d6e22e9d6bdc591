package io.seizmon.dashboard.auth;

import java.util.Locale;

/** What a person (or a wall screen) may do on the dashboard. */
public enum Role {
    /** Sees everything, acknowledges nothing. */
    VIEWER,
    /** Sees everything and acknowledges alarms. */
    OPERATOR,
    /** A wall screen without login: the grid and alarms, read-only; never stored as a user's role. */
    KIOSK;

    /** Whether this role may acknowledge alarms. */
    public boolean canAcknowledge() {
        return this == OPERATOR;
    }

    /** The lower-case name used in JSON, the database and the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code operator} or {@code viewer} (the roles a user can have).
     *
     * @throws IllegalArgumentException for anything else
     */
    public static Role ofUser(String id) {
        if ("operator".equals(id)) {
            return OPERATOR;
        }
        if ("viewer".equals(id)) {
            return VIEWER;
        }
        throw new IllegalArgumentException("role: " + id + " (expected: operator or viewer)");
    }
}
