package io.seizmon.dashboard.store;

import io.seizmon.dashboard.auth.PasswordHash;
import io.seizmon.dashboard.auth.Role;
import io.seizmon.dashboard.auth.User;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The users who can log in. Blocking JDBC: call from a worker thread.
 *
 * <p>{@link #authenticate} takes the same time whether or not the name exists (it hashes against a dummy), so a
 * caller cannot probe names by timing.
 */
public final class UserStore {

    private final Database database;

    public UserStore(Database database) {
        this.database = database;
    }

    /**
     * Adds a user.
     *
     * @throws IllegalArgumentException when a user of that name exists
     */
    public void add(User user) throws SQLException {
        synchronized (database) {
            if (find(user.name()).isPresent()) {
                throw new IllegalArgumentException("user name: " + user.name() + " (expected: a name not yet taken)");
            }
            try (PreparedStatement s = database.connection().prepareStatement(
                    "INSERT INTO users (name, role, password, created_ms) VALUES (?,?,?,?)")) {
                s.setString(1, user.name());
                s.setString(2, user.role().id());
                s.setString(3, user.password().encode());
                s.setLong(4, System.currentTimeMillis());
                s.executeUpdate();
            }
        }
    }

    /** The user called {@code name}. */
    public Optional<User> find(String name) throws SQLException {
        synchronized (database) {
            try (PreparedStatement s = database.connection().prepareStatement(
                    "SELECT name, role, password FROM users WHERE name = ?")) {
                s.setString(1, name);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new User(r.getString(1), Role.ofUser(r.getString(2)),
                            PasswordHash.decode(r.getString(3))));
                }
            }
        }
    }

    /**
     * Removes the user called {@code name}.
     *
     * @return false when there is no such user
     */
    public boolean remove(String name) throws SQLException {
        synchronized (database) {
            try (PreparedStatement s = database.connection().prepareStatement("DELETE FROM users WHERE name = ?")) {
                s.setString(1, name);
                return s.executeUpdate() == 1;
            }
        }
    }

    /**
     * Replaces the password of the user called {@code name}.
     *
     * @return false when there is no such user
     */
    public boolean changePassword(String name, PasswordHash password) throws SQLException {
        synchronized (database) {
            try (PreparedStatement s = database.connection().prepareStatement(
                    "UPDATE users SET password = ? WHERE name = ?")) {
                s.setString(1, password.encode());
                s.setString(2, name);
                return s.executeUpdate() == 1;
            }
        }
    }

    /** Number of users with {@code role}. */
    public int count(Role role) throws SQLException {
        synchronized (database) {
            try (PreparedStatement s = database.connection().prepareStatement(
                    "SELECT COUNT(*) FROM users WHERE role = ?")) {
                s.setString(1, role.id());
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getInt(1);
                }
            }
        }
    }

    /** Number of users. */
    public int count() throws SQLException {
        synchronized (database) {
            try (PreparedStatement s = database.connection().prepareStatement("SELECT COUNT(*) FROM users");
                 ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    /** The user when {@code name} exists and {@code password} is theirs, else empty. */
    public Optional<User> authenticate(String name, char[] password) throws SQLException {
        Optional<User> user = find(name);
        if (user.isEmpty()) {
            Dummy.HASH.matches(password); // same work as for a real user
            return Optional.empty();
        }
        return user.get().password().matches(password) ? user : Optional.empty();
    }

    /** Made on first use (a worker thread), not when the class loads (possibly on an event loop). */
    private static final class Dummy {
        static final PasswordHash HASH = PasswordHash.of("not-a-real-password".toCharArray());
    }
}
