package io.seizmon.simulator.publish;

import java.util.Arrays;
import java.util.Objects;

/**
 * A broker username and password for the MQTT CONNECT packet.
 *
 * <p>The password is held as a {@code char[]} copy and handed out as a fresh copy by {@link #password()}, so a caller
 * may wipe what it passed in or got back. {@link #toString()} never shows it; {@link #equals} compares the
 * characters. Immutable and thread-safe.
 *
 * @param username the MQTT username, non-empty
 * @param password the password, non-empty
 */
public record BrokerLogin(String username, char[] password) {

    /** @throws IllegalArgumentException naming the empty component */
    public BrokerLogin {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        if (username.isEmpty()) {
            throw new IllegalArgumentException("username: '' (expected: 1 or more characters)");
        }
        if (password.length == 0) {
            throw new IllegalArgumentException("password: empty (expected: 1 or more characters)");
        }
        password = password.clone();
    }

    /** Returns a copy of the password; the caller may wipe it. */
    @Override
    public char[] password() {
        return password.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BrokerLogin login && username.equals(login.username)
                && Arrays.equals(password, login.password);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    /** Returns the username and a mask in place of the password. */
    @Override
    public String toString() {
        return "BrokerLogin[username=" + username + ", password=(hidden)]";
    }
}
