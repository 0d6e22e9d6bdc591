package io.seizmon.dashboard;

import io.seizmon.dashboard.admin.AdminRequest;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dashboard user remove NAME [--config FILE] [--data-dir DIR]}: removes a user. Removing the last operator
 * is allowed (a viewer-only or kiosk-only installation is legitimate) but warns on standard error. While the
 * dashboard runs (and holds the database's lock) the request goes to its admin socket, and the running dashboard
 * logs out the user's sessions and closes the user's live pages.
 */
@Command(name = "remove", description = "Remove a user (also while the dashboard runs).",
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
        AdminRequest.Remove remove = new AdminRequest.Remove(name);
        try (UserChannel users = database.connect(name)) {
            users.apply(remove, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        return 0;
    }
}
