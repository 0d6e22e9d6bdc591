package io.seizmon.dashboard;

import io.seizmon.dashboard.admin.AdminRequest;
import io.seizmon.dashboard.auth.PasswordHash;
import io.seizmon.dashboard.auth.Role;
import io.seizmon.dashboard.auth.UserName;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dashboard user add NAME --role operator|viewer [--password-stdin] [--config FILE]}: adds a user to the
 * database of the configured {@code dataDir}. The password is read twice from the console, or once from standard
 * input with {@code --password-stdin}. While the dashboard runs (and holds the database's lock) the hashed password
 * is sent to the running dashboard's admin socket, which adds the user.
 */
@Command(name = "add", description = "Add a user (password from the console, or stdin with --password-stdin).",
        mixinStandardHelpOptions = true)
final class UserAddCommand implements Callable<Integer> {

    @Option(names = "--role", required = true, paramLabel = "ROLE", description = "operator or viewer")
    String role;

    @Option(names = "--password-stdin", description = "read the password from the first line of standard input")
    boolean passwordStdin;

    @Mixin
    UserDatabase database;

    @Override
    public Integer call() throws Exception {
        database.options();
        String name = database.name;
        database.apply(new AdminRequest.Add(UserName.require(name), Role.ofUser(role),
                PasswordHash.of(PasswordInput.read(passwordStdin, name))));
        return 0;
    }
}
