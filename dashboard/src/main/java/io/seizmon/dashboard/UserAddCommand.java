package io.seizmon.dashboard;

import io.seizmon.dashboard.auth.PasswordHash;
import io.seizmon.dashboard.auth.Role;
import io.seizmon.dashboard.auth.User;
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
 * {@code dashboard user add NAME --role operator|viewer [--password-stdin] [--config FILE]}: adds a user to the
 * database of the configured {@code dataDir}. The password is read twice from the console, or once from standard
 * input with {@code --password-stdin}. Run it while the server is stopped (H2 allows one process per file).
 */
@Command(name = "add", description = "Add a user (password from the console, or stdin with --password-stdin).",
        mixinStandardHelpOptions = true)
final class UserAddCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME", description = "login name")
    String name;

    @Option(names = "--role", required = true, paramLabel = "ROLE", description = "operator or viewer")
    String role;

    @Option(names = "--password-stdin", description = "read the password from the first line of standard input")
    boolean passwordStdin;

    @Mixin
    UserDatabase database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        DashboardOptions options = database.options();
        User user = new User(name, Role.ofUser(role), PasswordHash.of(PasswordInput.read(passwordStdin, name)));
        try (Database db = database.open(name)) {
            new UserStore(db).add(user);
        }
        spec.commandLine().getOut().println("user " + name + " (" + role + ") added to "
                + options.dataPath().toAbsolutePath());
        return 0;
    }
}
