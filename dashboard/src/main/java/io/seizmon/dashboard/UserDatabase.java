package io.seizmon.dashboard;

import io.seizmon.dashboard.admin.AdminClient;
import io.seizmon.dashboard.admin.AdminRequest;
import io.seizmon.dashboard.admin.AdminSocket;
import io.seizmon.dashboard.store.Database;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.api.ErrorCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What the {@code dashboard user} commands share: the user's {@code NAME}, the {@code --config} and
 * {@code --data-dir} options, and reaching the users they name: the database file, or the running dashboard's admin
 * socket. Mixed into each command (picocli {@code @Mixin}).
 */
final class UserDatabase {

    @Parameters(index = "0", paramLabel = "NAME", description = "login name")
    String name;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "dashboard JSON config (for dataDir)")
    Path config;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "database folder (overrides the config)")
    String dataDir;

    /** The validated options with {@code --data-dir} applied. */
    DashboardOptions options() {
        DashboardOptions options = OptionsFile.read(config);
        if (dataDir != null) {
            options.dataDir(dataDir);
        }
        return options.validate();
    }

    /** The command's standard output. */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** The command's standard error. */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Applies {@code request} through {@link #connect}, printing what it prints. */
    void apply(AdminRequest request) throws Exception {
        try (UserChannel users = connect()) {
            users.apply(request, out(), err());
        }
    }

    /**
     * Where the command on user {@code NAME} applies its change: a running dashboard's admin socket
     * ({@code <dataDir>/admin/admin.sock}) when one accepts a connection there, else the database file, else (the
     * file locked by a process that does not answer on the socket) a channel whose first request fails naming the
     * lock and the socket. The socket comes first so that a running dashboard always learns of the change (and ends
     * the user's sessions), also when it runs in the same JVM, where H2 would let the command open the file.
     */
    UserChannel connect() throws Exception {
        Path folder = options().dataPath();
        Path socket = AdminSocket.socketFile(folder);
        String locked = "user " + name + ": database " + folder.toAbsolutePath().resolve(Database.FILE_NAME)
                + ".mv.db is locked by another process";
        if (AdminClient.answers(socket)) {
            return new UserChannel.Running(socket, locked);
        }
        try {
            return new UserChannel.Local(Database.open(folder));
        } catch (SQLException e) {
            if (e.getCause() instanceof SQLException h2 && h2.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                return new UserChannel.Running(socket, locked);
            }
            throw e;
        }
    }
}
