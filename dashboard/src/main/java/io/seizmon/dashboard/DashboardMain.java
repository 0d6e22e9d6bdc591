package io.seizmon.dashboard;

import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Entry point of {@code seizmon dashboard [--config FILE] [--broker URL] [--port N]}, which serves the live monitor
 * until stopped, and of {@code seizmon dashboard user add|remove|passwd NAME}. Exit status 0 on a clean
 * stop, 1 when start-up fails (the message names the key, file or port), 2 for a usage error.
 */
@Command(name = "dashboard", mixinStandardHelpOptions = true, versionProvider = DashboardMain.Version.class,
        description = "Serve the seizmon web monitor (live grid, alarms, event history).",
        subcommands = DashboardMain.UserCommand.class)
public final class DashboardMain implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE", description = "JSON options (dashboard/README.md)")
    Path config;

    @Option(names = "--broker", paramLabel = "URL", description = "MQTT broker, e.g. tcp://localhost:1883")
    String broker;

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (0: any free port)")
    Integer port;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "database folder")
    String dataDir;

    public static void main(String[] args) {
        int status = commandLine().execute(args);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** The command line with its error handling: a failure prints its message (no stack trace) and exits 1. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new DashboardMain());
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            cl.getErr().println("seizmon dashboard: " + e.getMessage());
            return 1;
        });
        return commandLine;
    }

    @Override
    public Integer call() throws Exception {
        DashboardOptions options = OptionsFile.read(config);
        if (broker != null) {
            options.brokerUrl(broker);
        }
        if (port != null) {
            options.httpPort(port);
        }
        if (dataDir != null) {
            options.dataDir(dataDir);
        }
        options.validate();
        Vertx vertx = Vertx.vertx();
        DashboardApp app;
        try {
            app = DashboardApp.start(vertx, options, System.getenv()).toCompletionStage().toCompletableFuture()
                    .get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            vertx.close();
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException("start-up failed: " + cause.getMessage(), cause);
        }
        String scheme = options.tlsEnabled() ? "https" : "http";
        System.err.println("seizmon dashboard: serving " + scheme + "://" + options.httpHost() + ":" + app.port()
                + "/ (broker " + options.brokerUrl() + ", data " + options.dataPath().toAbsolutePath() + ")");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(app, vertx), "dashboard-shutdown"));
        return 0; // Vert.x threads keep the JVM serving until SIGTERM
    }

    /**
     * Closes the server, then Vert.x, each waited for from this (non-Vert.x) thread. Not chained with
     * {@code compose}: a continuation on the server's event loop would complete Vert.x's close future on an event
     * loop that close has already stopped, and the wait would only end at its timeout.
     */
    private static void stop(DashboardApp app, Vertx vertx) {
        try {
            app.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            System.err.println("seizmon dashboard: stop: " + e);
        }
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            System.err.println("seizmon dashboard: stop: Vert.x: " + e);
        }
    }

    /** {@code dashboard user ...}. */
    @Command(name = "user", description = "Manage dashboard users.", mixinStandardHelpOptions = true,
            subcommands = {UserAddCommand.class, UserRemoveCommand.class, UserPasswdCommand.class})
    static final class UserCommand implements Callable<Integer> {
        @Override
        public Integer call() {
            new CommandLine(this).usage(System.err);
            return 2;
        }
    }

    /** The version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = DashboardMain.class.getPackage().getImplementationVersion();
            return new String[] {"seizmon dashboard " + (version == null ? "(development)" : version)};
        }
    }
}
