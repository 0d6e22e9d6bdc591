package io.seizmon.dashboard;

import io.seizmon.dashboard.admin.AdminClient;
import io.seizmon.dashboard.admin.AdminReply;
import io.seizmon.dashboard.admin.AdminRequest;
import io.seizmon.dashboard.admin.UserChanges;
import io.seizmon.dashboard.store.Database;
import io.seizmon.dashboard.store.UserStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Where a {@code dashboard user} command applies its change: the database it opened itself ({@link Local}), or,
 * while the running dashboard holds the database's lock, that dashboard's admin socket ({@link Running}). Both apply
 * the change with {@link UserChanges}, so the checks and messages are the same. Made by {@link UserDatabase#connect}.
 */
sealed interface UserChannel extends AutoCloseable {

    /**
     * Applies {@code request} and prints its line to {@code out} (and a warning to {@code err}).
     *
     * @throws IllegalArgumentException with the refusal (unknown user, name taken, ...)
     * @throws IllegalStateException when the running dashboard did not answer
     */
    void apply(AdminRequest request, PrintWriter out, PrintWriter err) throws Exception;

    @Override
    void close() throws Exception;

    /** Prints an applied reply, with {@code suffix} after the message. */
    private static void print(AdminReply reply, String suffix, PrintWriter out, PrintWriter err) {
        out.println(reply.message() + suffix);
        if (reply.warning() != null) {
            err.println("warning: " + reply.warning());
        }
    }

    /** The database file, opened by the command (the dashboard is not running). */
    record Local(Database database) implements UserChannel {
        @Override
        public void apply(AdminRequest request, PrintWriter out, PrintWriter err) throws Exception {
            print(UserChanges.apply(new UserStore(database), database.file(), request), "", out, err);
        }

        @Override
        public void close() throws Exception {
            database.close();
        }
    }

    /**
     * The running dashboard's admin socket.
     *
     * @param socketFile the socket
     * @param locked     the lock error, extended when the socket does not answer
     */
    record Running(Path socketFile, String locked) implements UserChannel {
        @Override
        public void apply(AdminRequest request, PrintWriter out, PrintWriter err) throws Exception {
            AdminReply reply;
            try {
                reply = AdminClient.send(socketFile, request);
            } catch (IOException e) {
                throw new IllegalStateException(locked + "; no running dashboard answered on " + socketFile
                        + " (" + e.getMessage() + "; expected: the dashboard running, or stopped while users are"
                        + " changed)", e);
            }
            if (!reply.isOk()) {
                throw new IllegalArgumentException(reply.error());
            }
            if (!(request instanceof AdminRequest.Exists)) {
                print(reply, " (applied by the running dashboard)", out, err);
            }
        }

        @Override
        public void close() {
        }
    }
}
