package io.seizmon.dashboard.auth;

import java.util.Objects;

/**
 * A person who can log in.
 *
 * @param name     the login name ({@link UserName#RULE})
 * @param role     {@link Role#OPERATOR} or {@link Role#VIEWER}
 * @param password the stored hash
 */
public record User(String name, Role role, PasswordHash password) {

    public User {
        UserName.require(name);
        Objects.requireNonNull(password, "password");
        if (role != Role.OPERATOR && role != Role.VIEWER) {
            throw new IllegalArgumentException("role: " + role + " (expected: operator or viewer)");
        }
    }
}
