package io.seizmon.dashboard;

import io.seizmon.dashboard.auth.PasswordHash;
import io.seizmon.dashboard.auth.Role;
import io.seizmon.dashboard.auth.User;
import io.seizmon.dashboard.store.UserStore;
import java.io.IOException;
import java.sql.SQLException;
import java.util.Map;

/**
 * Creates the operator named by {@code initialOperator} when no user of that name exists, with the password from
 * the environment variable {@code initialOperatorPasswordEnv} or the file {@code initialOperatorPasswordFile}
 * (relative to {@code $CREDENTIALS_DIRECTORY} when set, as systemd's {@code LoadCredential=} provides). Never a
 * default password: a missing or short password fails start-up, naming the key.
 */
final class InitialOperator {

    private InitialOperator() {
    }

    /** Returns a line for the log saying what happened, or null when nothing was configured. Blocking. */
    static String ensure(DashboardOptions options, UserStore users, Map<String, String> environment)
            throws SQLException, IOException {
        String name = options.initialOperator();
        if (name == null) {
            return null;
        }
        if (users.find(name).isPresent()) {
            return "initial operator " + name + " exists; its password is not changed";
        }
        char[] password = password(options, environment);
        try {
            users.add(new User(name, Role.OPERATOR, PasswordHash.of(password)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("initialOperator " + name + ": " + e.getMessage(), e);
        }
        return "initial operator " + name + " created";
    }

    private static char[] password(DashboardOptions options, Map<String, String> environment) throws IOException {
        if (options.initialOperatorPasswordEnv() != null) {
            String value = environment.get(options.initialOperatorPasswordEnv());
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException("initialOperatorPasswordEnv: " + options.initialOperatorPasswordEnv()
                        + " (expected: an environment variable that is set)");
            }
            return value.toCharArray();
        }
        return CredentialFile.read("initialOperatorPasswordFile", options.initialOperatorPasswordFile(), environment);
    }
}
