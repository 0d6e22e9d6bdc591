package io.seizmon.dashboard.web;

import io.seizmon.dashboard.admin.AdminReply;
import io.seizmon.dashboard.admin.AdminRequest;
import io.seizmon.dashboard.admin.UserChanges;
import io.seizmon.dashboard.store.Database;
import io.seizmon.dashboard.admin.AdminSocket;
import io.vertx.core.Context;
import io.vertx.core.Future;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Serves the admin socket's requests on the running server: decodes a request line, applies it with
 * {@link UserChanges} on the database worker (in order with logins), and after a {@code passwd} or {@code remove}
 * revokes the user's earlier logins ({@link SessionRevocations}) and closes the user's live pages on the event loop.
 *
 * <p>{@link #handle} is called on the admin socket's thread and blocks until the worker is done (at most
 * {@value #TIMEOUT_SECONDS} s).
 */
final class UserAdmin {

    private static final long TIMEOUT_SECONDS = 30;

    private final DashboardServices services;
    private final Context context;
    private final Database database;

    UserAdmin(DashboardServices services, Context context, Database database) {
        this.services = services;
        this.context = context;
        this.database = database;
    }

    /**
     * Opens the admin socket ({@link AdminSocket}) under the data folder, served by a {@code UserAdmin}. When it
     * cannot be bound (e.g. a path longer than the OS's limit for socket paths, about 100 bytes) the result is null
     * and standard error says that user changes then need the dashboard stopped: the alarm screen matters more than
     * the admin channel.
     */
    static Future<AdminSocket> open(DashboardServices services, Context context, Database database) {
        UserAdmin users = new UserAdmin(services, context, database);
        return services.db(() -> AdminSocket.open(services.options().dataPath(), users::handle)).recover(t -> {
                    System.err.println("dashboard: no admin socket (" + t.getMessage() + "): the user commands"
                            + " need the dashboard stopped");
                    return Future.succeededFuture(null);
                });
    }

    /** The reply line for one request line; never throws. */
    String handle(String line) {
        try {
            AdminRequest request = AdminRequest.decode(line);
            AdminReply reply = services.db(() -> apply(request)).toCompletionStage().toCompletableFuture()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return reply.toJson().encode();
        } catch (IllegalArgumentException e) {
            return AdminReply.refused(e.getMessage()).toJson().encode();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return AdminReply.refused(cause instanceof IllegalArgumentException ? cause.getMessage()
                    : "dashboard: " + cause).toJson().encode();
        } catch (TimeoutException e) {
            return AdminReply.refused("dashboard: the database did not answer within " + TIMEOUT_SECONDS + " s")
                    .toJson().encode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return AdminReply.refused("dashboard: stopping").toJson().encode();
        }
    }

    /** On the database worker. */
    private AdminReply apply(AdminRequest request) throws Exception {
        AdminReply reply = UserChanges.apply(services.users(), database.file(), request);
        if (request instanceof AdminRequest.Passwd || request instanceof AdminRequest.Remove) {
            String name = request.name();
            services.revocations().revoke(name);
            String reason = request instanceof AdminRequest.Remove ? "user removed" : "password changed";
            context.runOnContext(v -> services.hub().closeUser(name, reason));
            System.err.println("dashboard: " + reply.message() + " (admin socket); earlier sessions of " + name
                    + " logged out");
        } else if (request instanceof AdminRequest.Add) {
            System.err.println("dashboard: " + reply.message() + " (admin socket)");
        }
        return reply;
    }
}
