package io.seizmon.dashboard.admin;

import io.seizmon.dashboard.auth.Role;
import io.seizmon.dashboard.auth.User;
import io.seizmon.dashboard.store.UserStore;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Applies an {@link AdminRequest} to the user table, with the checks and messages of the {@code dashboard user}
 * commands. Used by the commands on a database they opened themselves and by the running server for requests that
 * arrive on its admin socket, so both paths say the same. Blocking JDBC: call from a worker thread.
 */
public final class UserChanges {

    private UserChanges() {
    }

    /**
     * Applies {@code request}.
     *
     * @param databaseFile the database file without H2's extension ({@code Database.file()}), for the messages
     * @return the line to print and, after removing the last operator, a warning
     * @throws IllegalArgumentException naming the user when it is unknown (passwd, remove, exists) or taken (add)
     */
    public static AdminReply apply(UserStore users, Path databaseFile, AdminRequest request) throws SQLException {
        String name = request.name();
        String file = databaseFile + ".mv.db";
        if (request instanceof AdminRequest.Add add) {
            users.add(new User(name, add.role(), add.hash()));
            return AdminReply.ok("user " + name + " (" + add.role().id() + ") added to " + databaseFile.getParent(),
                    null);
        }
        if (request instanceof AdminRequest.Passwd passwd) {
            if (!users.changePassword(name, passwd.hash())) {
                throw unknown(name, file);
            }
            return AdminReply.ok("user " + name + ": password changed in " + file, null);
        }
        User user = users.find(name).orElseThrow(() -> unknown(name, file));
        if (request instanceof AdminRequest.Exists) {
            return AdminReply.ok("user " + name + " (" + user.role().id() + ") exists in " + file, null);
        }
        users.remove(name);
        String warning = user.role() == Role.OPERATOR && users.count(Role.OPERATOR) == 0
                ? name + " was the last operator: nobody can acknowledge alarms until one is added"
                        + " (dashboard user add NAME --role operator)"
                : null;
        return AdminReply.ok("user " + name + " (" + user.role().id() + ") removed from " + file, warning);
    }

    private static IllegalArgumentException unknown(String name, String file) {
        return new IllegalArgumentException("user " + name + ": no such user in " + file);
    }
}
