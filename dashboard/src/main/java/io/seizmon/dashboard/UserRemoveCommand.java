package io.seizmon.dashboard;

import io.seizmon.dashboard.auth.Role;
import io.seizmon.dashboard.auth.User;
import io.seizmon.dashboard.store.Database;
import io.seizmon.dashboard.store.UserStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dashboard user remove NAME [--config FILE] [--data-dir DIR]}: removes a user. Removing the last operator
 * is allowed (a viewer-only or kiosk-only installation is legitimate) but warns on standard error. Run it while the
 * server is stopped: H2 allows one process per file, and sessions live in the server's memory only, so no session
 * of the removed user survives the restart.
 */
@Command(name = "remove", description = "Remove a user (run while the dashboard is stopped).",
        mixinStandardHelpOptions = true)
final class UserRemoveCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME", description = "login name")
    String name;

    @Mixin
    UserDatabase database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Database db = database.open(name)) {
            UserStore users = new UserStore(db);
            User user = users.find(name).orElseThrow(() -> new IllegalArgumentException("user " + name
                    + ": no such user in " + db.file() + ".mv.db"));
            users.remove(name);
            spec.commandLine().getOut().println("user " + name + " (" + user.role().id() + ") removed from "
                    + db.file() + ".mv.db");
            if (user.role() == Role.OPERATOR && users.count(Role.OPERATOR) == 0) {
                spec.commandLine().getErr().println("warning: " + name + " was the last operator: nobody can"
                        + " acknowledge alarms until one is added (dashboard user add NAME --role operator)");
            }
        }
        return 0;
    }
}
