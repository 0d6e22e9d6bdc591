package io.seizmon.dashboard;

import io.seizmon.dashboard.admin.AdminRequest;
import io.seizmon.dashboard.auth.PasswordHash;
import io.seizmon.dashboard.auth.UserName;
import java.io.PrintWriter;
import java.io.Writer;
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
 * that is checked before the password is asked. While the dashboard runs (and holds the database's lock) the hash
 * is sent to its admin socket, and the running dashboard logs out the user's earlier sessions.
 */
@Command(name = "passwd", description = "Change a user's password (also while the dashboard runs).",
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
        UserName.require(name);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (UserChannel users = database.connect(name)) {
            users.apply(new AdminRequest.Exists(name), new PrintWriter(Writer.nullWriter()), err);
            PasswordHash hash = PasswordHash.of(PasswordInput.read(passwordStdin, name));
            users.apply(new AdminRequest.Passwd(name, hash), out, err);
        }
        return 0;
    }
}
