package io.seizmon.dashboard;

import io.seizmon.dashboard.auth.PasswordHash;
import io.seizmon.dashboard.store.Database;
import io.seizmon.dashboard.store.UserStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dashboard user passwd NAME [--password-stdin] [--config FILE] [--data-dir DIR]}: sets a user's password
 * (typed twice on the console, or the first line of standard input), hashed with a fresh salt. The user must exist;
 * that is checked before the password is asked. Run it while the server is stopped (H2 allows one process per
 * file); sessions do not survive the restart.
 */
@Command(name = "passwd", description = "Change a user's password (run while the dashboard is stopped).",
        mixinStandardHelpOptions = true)
final class UserPasswdCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME", description = "login name")
    String name;

    @Option(names = "--password-stdin", description = "read the password from the first line of standard input")
    boolean passwordStdin;

    @Mixin
    UserDatabase database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Database db = database.open(name)) {
            UserStore users = new UserStore(db);
            if (users.find(name).isEmpty()) {
                throw new IllegalArgumentException("user " + name + ": no such user in " + db.file() + ".mv.db");
            }
            PasswordHash hash = PasswordHash.of(PasswordInput.read(passwordStdin, name));
            users.changePassword(name, hash);
            spec.commandLine().getOut().println("user " + name + ": password changed in " + db.file() + ".mv.db");
        }
        return 0;
    }
}
