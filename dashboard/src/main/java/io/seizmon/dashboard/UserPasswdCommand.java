package io.seizmon.dashboard;

import io.seizmon.dashboard.admin.AdminRequest;
import io.seizmon.dashboard.auth.PasswordHash;
import io.seizmon.dashboard.auth.UserName;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dashboard user passwd NAME [--password-stdin] [--config FILE] [--data-dir DIR]}: sets a user's password
 * (typed twice on the console, or the first line of standard input), hashed with a fresh salt. The user must exist;
 * that is checked before the password is asked. While the dashboard runs (and holds the database's lock) the hash
 * is sent to its admin socket, and the running dashboard logs out the user's earlier sessions.
 */
@Command(name = "passwd", description = "Change a user's password (also while the dashboard runs).",
        mixinStandardHelpOptions = true)
final class UserPasswdCommand implements Callable<Integer> {

    @Option(names = "--password-stdin", description = "read the password from the first line of standard input")
    boolean passwordStdin;

    @Mixin
    UserDatabase database;

    @Override
    public Integer call() throws Exception {
        String name = UserName.require(database.name);
        try (UserChannel users = database.connect()) {
            users.apply(new AdminRequest.Exists(name), new PrintWriter(Writer.nullWriter()), database.err());
            PasswordHash hash = PasswordHash.of(PasswordInput.read(passwordStdin, name));
            users.apply(new AdminRequest.Passwd(name, hash), database.out(), database.err());
        }
        return 0;
    }
}
