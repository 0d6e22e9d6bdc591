package io.seizmon.dashboard.web;

import io.seizmon.dashboard.DashboardOptions;
import io.seizmon.dashboard.admin.AdminSocket;
import io.seizmon.dashboard.auth.LoginThrottle;
import io.seizmon.dashboard.live.SubjectBoard;
import io.seizmon.dashboard.store.Database;
import io.seizmon.dashboard.store.EventStore;
import io.seizmon.dashboard.store.SubjectStore;
import io.seizmon.dashboard.store.TruthStore;
import io.seizmon.dashboard.store.UserStore;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.SessionHandler;
import io.vertx.ext.web.handler.StaticHandler;
import io.vertx.ext.web.sstore.LocalSessionStore;
import java.io.IOException;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * The dashboard's web server: the page, the JSON API, the WebSocket, the live board and the database, on one
 * Vert.x event loop plus one database worker. MQTT input enters through {@link #ingest()} on {@link #context()}.
 *
 * <p>Start with {@link #start}, which also opens the admin socket ({@link UserAdmin}) through which the
 * {@code dashboard user} commands change users while the server runs; {@link #close()} stops the admin socket, the
 * HTTP server, the timers and the database.
 */
public final class DashboardServer {

    /** Period of trace flushes to browsers, ms. */
    public static final long TRACE_FLUSH_MILLIS = 200;
    /** Period of state re-evaluation ("no data"), ms. */
    public static final long TICK_MILLIS = 1000;
    /** The uPlot WebJar version served under {@code /vendor/uplot/} (keep in step with the pom). */
    public static final String UPLOT_VERSION = "1.6.30";
    private static final int MAX_BODY_BYTES = 16 * 1024;

    private final Vertx vertx;
    private final Context context;
    private final DashboardServices services;
    private final LiveIngest ingest;
    private final Database database;
    private HttpServer http;
    private AdminSocket admin;
    private long flushTimer;
    private long tickTimer;

    private DashboardServer(Vertx vertx, Context context, DashboardServices services, Database database) {
        this.vertx = vertx;
        this.context = context;
        this.services = services;
        this.database = database;
        this.ingest = new LiveIngest(services);
    }

    /**
     * Opens the database in {@code options.dataPath()}, restores the subjects, and listens for HTTP. Call from a
     * Vert.x context (or any thread: a context is made). Fails when the database is locked or the port is taken.
     *
     * @param mqtt the broker connection's health, shown by {@code /health}
     */
    public static Future<DashboardServer> start(Vertx vertx, DashboardOptions options, MqttHealth mqtt,
                                                LongSupplier clockMs) {
        Context context = vertx.getOrCreateContext();
        WorkerExecutor worker = vertx.createSharedWorkerExecutor("seizmon-dashboard-db", 1);
        AtomicReference<DashboardServer> created = new AtomicReference<>();
        return worker.executeBlocking(() -> Database.open(options.dataPath()), true).compose(db -> {
            Future<DashboardServer> result = Future.future(promise -> context.runOnContext(v -> {
                DashboardServer server = create(vertx, context, options, mqtt, clockMs, worker, db);
                created.set(server);
                server.restore().compose(x -> server.openAdmin()).compose(x -> server.listen())
                        .recover(t -> server.close().compose(w -> Future.failedFuture(t))).onComplete(promise);
            }));
            return result;
        });
    }

    private static DashboardServer create(Vertx vertx, Context context, DashboardOptions options, MqttHealth mqtt,
                                          LongSupplier clockMs, WorkerExecutor worker, Database db) {
        BrowserHub hub = new BrowserHub();
        SessionRevocations revocations = new SessionRevocations();
        SubjectStore subjects = new SubjectStore(db);
        SubjectBoard board = new SubjectBoard(new SubjectRecorder(hub, worker, subjects, clockMs),
                options.noDataSeconds(), options.gridPointsPerSecond(), options.detailPointsPerSecond());
        DashboardServices services = new DashboardServices(options, worker, new EventStore(db), new UserStore(db),
                new TruthStore(db), subjects, board, hub, new SessionAccess(options.kiosk(), revocations), clockMs,
                mqtt, new LoginThrottle(clockMs, LoginThrottle.DEFAULT_MAX_KEYS, System.err::println),
                options.parsedTrustedProxies(), revocations);
        return new DashboardServer(vertx, context, services, db);
    }

    private Future<Void> restore() {
        return services.db(() -> services.subjects().list()).map(records -> {
            services.board().restore(records, services.nowMs());
            return null;
        });
    }

    private Future<DashboardServer> listen() {
        DashboardOptions options = services.options();
        HttpServerOptions httpOptions = new HttpServerOptions().setHost(options.httpHost()).setPort(options.httpPort());
        if (options.tlsEnabled()) {
            httpOptions.setSsl(true).setKeyCertOptions(new PemKeyCertOptions().setCertPath(options.tlsCertFile())
                    .setKeyPath(options.tlsKeyFile()));
        }
        flushTimer = vertx.setPeriodic(TRACE_FLUSH_MILLIS, id -> guarded("trace flush",
                () -> services.board().flushTraces()));
        tickTimer = vertx.setPeriodic(TICK_MILLIS, id -> guarded("state tick",
                () -> services.board().tick(services.nowMs())));
        return vertx.createHttpServer(httpOptions).requestHandler(router()).listen().map(server -> {
            this.http = server;
            return this;
        });
    }

    /** Opens the admin socket ({@link UserAdmin#open}); the server serves also without it. */
    private Future<DashboardServer> openAdmin() {
        return UserAdmin.open(services, context, database).map(socket -> {
            this.admin = socket;
            return this;
        });
    }

    /** Runs a timer's work; a failure is logged and the timer carries on. */
    private static void guarded(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            System.err.println("dashboard: " + what + " failed: " + e);
        }
    }

    private Router router() {
        DashboardOptions options = services.options();
        Router router = Router.router(vertx);
        router.route().handler(new SecurityHeaders(options.tlsEnabled()));
        router.route().handler(SessionHandler.create(LocalSessionStore.create(vertx))
                .setSessionCookieName("seizmon_session").setLazySession(true).setCookieHttpOnlyFlag(true)
                .setCookieSameSite(CookieSameSite.STRICT).setCookieSecureFlag(options.tlsEnabled())
                .setSessionTimeout(options.sessionTimeoutMinutes() * 60_000L));
        router.route("/api/*").handler(BodyHandler.create().setBodyLimit(MAX_BODY_BYTES));
        router.get("/health").handler(ctx -> HealthRoute.handle(ctx, services));
        new AuthRoutes(services).mount(router);
        new ApiRoutes(services).mount(router);
        new LiveSocket(services).mount(router);
        router.route("/api/*").handler(ctx -> Responses.error(ctx, 404, "no such API route: "
                + ctx.request().method() + " " + ctx.request().path()));
        router.route("/vendor/uplot/*").handler(StaticHandler.create("META-INF/resources/webjars/uplot/"
                + UPLOT_VERSION + "/dist"));
        router.route("/*").handler(StaticHandler.create("webroot").setIndexPage("app.html"));
        router.route().failureHandler(ctx -> Responses.failure(ctx, ctx.failure() == null
                ? new IllegalStateException("status " + ctx.statusCode()) : ctx.failure()));
        return router;
    }

    /** Where MQTT messages enter; call its methods on {@link #context()}. */
    public LiveIngest ingest() {
        return ingest;
    }

    /** The event-loop context that owns the board. */
    public Context context() {
        return context;
    }

    /** The HTTP port actually bound (useful with port 0). */
    public int port() {
        return http.actualPort();
    }

    /** Stops the admin socket (deleting its file), the timers and the HTTP server, then closes the database. */
    public Future<Void> close() {
        if (admin != null) {
            try {
                admin.close();
            } catch (IOException e) {
                System.err.println("dashboard: closing the admin socket: " + e);
            }
        }
        vertx.cancelTimer(flushTimer);
        vertx.cancelTimer(tickTimer);
        Future<Void> stopped = http == null ? Future.succeededFuture() : http.close();
        return stopped.compose(v -> services.worker().executeBlocking(() -> {
            database.close();
            return null;
        }, true)).compose(v -> services.worker().close());
    }

    /** A blocking task on the user store. */
    @FunctionalInterface
    public interface UserTask<T> {
        T apply(UserStore users) throws Exception;
    }

    /** Runs {@code task} on the database worker with the user store. */
    public <T> Future<T> withUsers(UserTask<T> task) {
        return services.db(() -> task.apply(services.users()));
    }

    /** The largest {@code published_us} of the stored events, read on the database worker; empty when none. */
    public Future<OptionalLong> newestEventPublishedMicros() {
        return services.db(() -> services.events().newestPublishedMicros());
    }

    DashboardServices services() {
        return services;
    }
}
