package io.seizmon.dashboard;

import io.seizmon.dashboard.store.Database;
import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.api.ErrorCode;
import picocli.CommandLine.Option;

/**
 * The {@code --config} and {@code --data-dir} options shared by the {@code dashboard user} commands, and opening
 * the database they name. Mixed into each command (picocli {@code @Mixin}).
 */
final class UserDatabase {

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

    /**
     * Opens the database for a command on user {@code userName}.
     *
     * @throws IllegalStateException naming the user and the file when the running dashboard holds the file's lock
     */
    Database open(String userName) throws Exception {
        Path folder = options().dataPath();
        try {
            return Database.open(folder);
        } catch (SQLException e) {
            if (e.getCause() instanceof SQLException h2 && h2.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new IllegalStateException("user " + userName + ": database "
                        + folder.toAbsolutePath().resolve(Database.FILE_NAME) + ".mv.db is locked by another process"
                        + " (expected: the dashboard stopped while users are changed)", e);
            }
            throw e;
        }
    }
}
