package io.seizmon.dashboard;

import io.seizmon.dashboard.admin.AdminRequest;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code dashboard user remove NAME [--config FILE] [--data-dir DIR]}: removes a user. Removing the last operator
 * is allowed (a viewer-only or kiosk-only installation is legitimate) but warns on standard error. While the
 * dashboard runs (and holds the database's lock) the request goes to its admin socket, and the running dashboard
 * logs out the user's sessions and closes the user's live pages.
 */
@Command(name = "remove", description = "Remove a user (also while the dashboard runs).",
        mixinStandardHelpOptions = true)
final class UserRemoveCommand implements Callable<Integer> {

    @Mixin
    UserDatabase database;

    @Override
    public Integer call() throws Exception {
        database.apply(new AdminRequest.Remove(database.name));
        return 0;
    }
}
