package io.seizmon.core.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Debian {@code mosquitto} broker for integration tests, started on a free loopback port before the test
 * class and stopped after it. Register it with {@code @RegisterExtension static MosquittoBroker broker = new
 * MosquittoBroker();} and connect to {@link #url()}.
 *
 * <p>The broker runs with anonymous access on 127.0.0.1 only, no persistence, {@code set_tcp_nodelay true}, and
 * its log in a temporary folder ({@link #logFile()}). {@link #kill()} sends SIGKILL and {@link #start()} restarts
 * it on the same port, for fault drills. When the binary is missing the test class is skipped with a message
 * naming the package to install ({@code .ci/run} installs it).
 */
public final class MosquittoBroker implements BeforeAllCallback, AfterAllCallback {

    /** Where Debian's package puts the broker. */
    public static final Path BINARY = Path.of("/usr/sbin/mosquitto");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(10);

    private Path directory;
    private int port;
    private Process process;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        assumeTrue(Files.isExecutable(BINARY), () -> "skipped: " + BINARY + " not found (apt-get install mosquitto)");
        directory = Files.createTempDirectory("mosquitto-it");
        port = freePort();
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        stop();
    }

    /** The broker's URL for Paho, {@code tcp://127.0.0.1:PORT}. */
    public String url() {
        return "tcp://127.0.0.1:" + port;
    }

    /** The broker's port. */
    public int port() {
        return port;
    }

    /** The broker's log file. */
    public Path logFile() {
        return directory.resolve("mosquitto.log");
    }

    /** Starts (or restarts) the broker on its port and waits until it accepts connections. */
    public synchronized void start() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            return;
        }
        Path config = directory.resolve("mosquitto.conf");
        Files.writeString(config, String.join("\n",
                "listener " + port + " 127.0.0.1",
                "allow_anonymous true",
                "persistence false",
                "set_tcp_nodelay true",
                "max_queued_messages 100000",
                "log_dest file " + logFile(),
                "log_type error",
                "log_type warning",
                "log_type notice",
                ""));
        process = new ProcessBuilder(BINARY.toString(), "-c", config.toString())
                .redirectErrorStream(true).redirectOutput(directory.resolve("stdout.log").toFile()).start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!accepts()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("mosquitto did not start on port " + port + ": "
                        + Files.readString(directory.resolve("stdout.log")) + readLog());
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }

    /** Kills the broker with SIGKILL, as a crash would, and waits for it to die. */
    public synchronized void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Stops the broker with SIGTERM. */
    public synchronized void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private String readLog() {
        try {
            return Files.exists(logFile()) ? Files.readString(logFile()) : "";
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private boolean accepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
