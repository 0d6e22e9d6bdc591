package io.seizmon.systemtest;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A dashboard ({@code dashboard.jar}) with its own JSON options, database folder and HTTP port, which survive a
 * kill or a stop so that a restart finds the history. The options create one operator ({@link #OPERATOR}) on the
 * first start, with the password handed over in an environment variable. Driven by the test thread.
 */
final class DashboardProcess implements AutoCloseable {

    static final String OPERATOR = "drill-operator";
    static final String PASSWORD = "drill-password-1234";
    private static final String PASSWORD_ENV = "SEIZMON_DRILL_OPERATOR_PASSWORD";

    private final int httpPort;
    private final AppProcess process;

    DashboardProcess(String brokerUrl, Path directory) throws IOException {
        this.httpPort = FreePorts.next();
        ObjectNode options = JsonNodeFactory.instance.objectNode().put("brokerUrl", brokerUrl)
                .put("httpHost", "127.0.0.1").put("httpPort", httpPort)
                .put("dataDir", Files.createDirectories(directory.resolve("data")).toString())
                .put("noDataSeconds", 5).put("initialOperator", OPERATOR)
                .put("initialOperatorPasswordEnv", PASSWORD_ENV);
        Path config = directory.resolve("dashboard.json");
        Files.writeString(config, options.toPrettyString());
        this.process = new AppProcess("dashboard", Installation.javaJar(Installation.dashboardJar(),
                List.of("--config", config.toString())), Map.of(PASSWORD_ENV, PASSWORD),
                directory.resolve("dashboard.log"));
    }

    DashboardProcess start() throws IOException {
        process.start();
        return this;
    }

    /** SIGKILL. */
    void kill() throws InterruptedException {
        process.kill();
    }

    /** SIGTERM: the dashboard's clean stop. */
    void stop() throws InterruptedException {
        process.stop();
    }

    boolean alive() {
        return process.alive();
    }

    /** The exit status once stopped, -1 while running. */
    int exitStatus() {
        return process.exitStatus();
    }

    /** The whole log so far. */
    String log() {
        return process.log();
    }

    /** A client of this dashboard's API, logged in as the operator when it first needs to be. */
    DashboardClient client() {
        return new DashboardClient("http://127.0.0.1:" + httpPort, OPERATOR, PASSWORD);
    }

    String logTail() {
        return process.logTail(4000);
    }

    @Override
    public void close() throws InterruptedException {
        process.close();
    }
}
