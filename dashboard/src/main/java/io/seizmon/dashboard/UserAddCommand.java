package io.seizmon.dashboard;

import io.seizmon.dashboard.auth.PasswordHash;
import io.seizmon.dashboard.auth.Role;
import io.seizmon.dashboard.auth.User;
import io.seizmon.dashboard.store.Database;
import io.seizmon.dashboard.store.UserStore;
import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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

    @Option(names = "--config", paramLabel = "FILE", description = "dashboard JSON config (for dataDir)")
    Path config;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "database folder (overrides the config)")
    String dataDir;

    @Override
    public Integer call() throws Exception {
        DashboardOptions options = OptionsFile.read(config);
        if (dataDir != null) {
            options.dataDir(dataDir);
        }
        options.validate();
        User user = new User(name, Role.ofUser(role), PasswordHash.of(readPassword()));
        try (Database db = Database.open(options.dataPath())) {
            new UserStore(db).add(user);
        }
        System.out.println("user " + name + " (" + role + ") added to " + options.dataPath().toAbsolutePath());
        return 0;
    }

    private char[] readPassword() throws java.io.IOException {
        if (passwordStdin) {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new IllegalArgumentException("password: standard input is empty (expected: one line)");
            }
            return line.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException("password: no console (expected: a terminal, or --password-stdin)");
        }
        char[] first = console.readPassword("password for %s: ", name);
        char[] second = console.readPassword("again: ");
        if (first == null || !Arrays.equals(first, second)) {
            throw new IllegalArgumentException("password: the two entries differ");
        }
        return first;
    }
}
