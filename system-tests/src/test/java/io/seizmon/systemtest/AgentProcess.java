package io.seizmon.systemtest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * An edge agent ({@code edge-agent.jar}) with its own YAML configuration, state directory (journal) and HTTP port,
 * which survive a kill so that a restart finds the journal. Read from outside only: {@code /prometheus},
 * {@code /health} and the journal file. Driven by the test thread.
 */
final class AgentProcess implements AutoCloseable {

    /** Silence before the agent reports {@code signal_lost}: short, so an outage of a few seconds shows. */
    static final String STALE_TIMEOUT = "5s";

    private final String id;
    private final Path stateDirectory;
    private final int httpPort;
    private final AppProcess process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * @param subjects the subjects this agent scores ({@code subjects} setting); empty: all
     */
    AgentProcess(String id, List<String> subjects, String brokerUrl, Path directory) throws IOException {
        this.id = id;
        this.stateDirectory = Files.createDirectories(directory.resolve("state"));
        this.httpPort = FreePorts.next();
        Path config = directory.resolve("edge-agent.yml");
        Files.writeString(config, yaml(subjects, brokerUrl));
        this.process = new AppProcess("agent " + id, Installation.javaJar(Installation.agentJar(),
                List.of("--config", config.toString())), Map.of(), directory.resolve("agent.log"));
    }

    private String yaml(List<String> subjects, String brokerUrl) {
        return String.join("\n",
                "seizmon:",
                "  agent:",
                "    id: " + id,
                "    subjects: [" + String.join(", ", subjects) + "]",
                "    model-path: " + Installation.model(),
                "    state-directory: " + stateDirectory,
                "    stale-timeout: " + STALE_TIMEOUT,
                "    broker:",
                "      url: " + brokerUrl,
                "      reconnect-min: 100ms",
                "      reconnect-max: 1s",
                "micronaut:",
                "  server:",
                "    port: " + httpPort,
                "");
    }

    AgentProcess start() throws IOException {
        process.start();
        return this;
    }

    /** SIGKILL: no clean shutdown, so the broker publishes the Last Will. */
    void kill() throws InterruptedException {
        process.kill();
    }

    /** SIGSTOP / SIGCONT: holds the agent back (no reconnect, no publish) without ending it. */
    void freeze(boolean frozen) throws IOException, InterruptedException {
        process.freeze(frozen);
    }

    String id() {
        return id;
    }

    boolean alive() {
        return process.alive();
    }

    /** True when {@code /health} answers UP: pipeline running and broker connected. */
    boolean healthy() {
        return get("/health").map(r -> r.statusCode() == 200).orElse(false);
    }

    /** The agent's metrics, or empty metrics while its HTTP server is not answering. */
    PrometheusMetrics metrics() {
        return get("/prometheus").filter(r -> r.statusCode() == 200).map(r -> PrometheusMetrics.parse(r.body()))
                .orElse(PrometheusMetrics.EMPTY);
    }

    /** The journal file as it is now (the agent may be running or dead). */
    JournalFile journal() throws IOException {
        return JournalFile.read(stateDirectory.resolve("journal").resolve("events.journal"));
    }

    String logTail() {
        return process.logTail(4000);
    }

    private java.util.Optional<HttpResponse<String>> get(String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                    .timeout(Duration.ofSeconds(10)).GET().build();
            return java.util.Optional.of(http.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            return java.util.Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.close();
    }
}
