package io.seizmon.simulator;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code mosquitto} as production runs it, for login tests: no anonymous access, a password file made with
 * {@code mosquitto_passwd -b}, the repository's {@code config/mosquitto.acl}, a plain listener and a TLS listener
 * (a test CA and a broker certificate for {@code localhost}/127.0.0.1 made with {@code openssl}), each on a free
 * loopback port, everything in a temporary folder. The eeg-core {@code MosquittoBroker} extension runs an anonymous
 * broker only, hence this class. {@link #start} skips the calling test class when a binary is missing.
 */
public final class LoginBroker implements AutoCloseable {

    private static final Path MOSQUITTO = Path.of("/usr/sbin/mosquitto");
    private static final Path ACL = Path.of("..", "config", "mosquitto.acl");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(10);
    /** The trust store's password: it protects a public certificate only. */
    public static final String TRUST_STORE_PASSWORD = "changeit";

    private final Path directory;
    private final int plainPort;
    private final int tlsPort;
    private final Process process;

    private LoginBroker(Path directory, int plainPort, int tlsPort, Process process) {
        this.directory = directory;
        this.plainPort = plainPort;
        this.tlsPort = tlsPort;
        this.process = process;
    }

    /**
     * Starts a broker with these {@code users} (name, password pairs) and waits until both listeners accept
     * connections.
     */
    public static LoginBroker start(Path directory, String... users) throws IOException, InterruptedException,
            GeneralSecurityException {
        assumeTrue(Files.isExecutable(MOSQUITTO), "skipped: " + MOSQUITTO + " not found (apt-get install mosquitto)");
        assumeTrue(onPath("mosquitto_passwd") && onPath("openssl"),
                "skipped: mosquitto_passwd or openssl not found (apt-get install mosquitto openssl)");
        Path passwords = Files.createFile(directory.resolve("passwd"));
        for (int i = 0; i < users.length; i += 2) {
            run(directory, "mosquitto_passwd", "-b", passwords.toString(), users[i], users[i + 1]);
        }
        makeCertificates(directory);
        int plainPort = freePort();
        int tlsPort = freePort();
        Path config = Files.writeString(directory.resolve("mosquitto.conf"), String.join("\n",
                // As root, mosquitto would drop to user mosquitto, who cannot read this private folder: stay.
                "user " + System.getProperty("user.name"),
                "per_listener_settings false",
                "allow_anonymous false",
                "password_file " + passwords,
                "acl_file " + ACL.toAbsolutePath().normalize(),
                "persistence false",
                "log_dest file " + directory.resolve("mosquitto.log"),
                "log_type error", "log_type warning", "log_type notice",
                "listener " + plainPort + " 127.0.0.1",
                "listener " + tlsPort + " 127.0.0.1",
                "cafile " + directory.resolve("ca.crt"),
                "certfile " + directory.resolve("broker.crt"),
                "keyfile " + directory.resolve("broker.key"),
                "tls_version tlsv1.2",
                ""));
        Process process = new ProcessBuilder(MOSQUITTO.toString(), "-c", config.toString()).redirectErrorStream(true)
                .redirectOutput(directory.resolve("stdout.log").toFile()).start();
        LoginBroker broker = new LoginBroker(directory, plainPort, tlsPort, process);
        broker.awaitListening();
        return broker;
    }

    /** The plain listener, {@code tcp://127.0.0.1:PORT}. */
    public String plainUrl() {
        return "tcp://127.0.0.1:" + plainPort;
    }

    /** The TLS listener, {@code ssl://localhost:PORT} (the certificate's name). */
    public String tlsUrl() {
        return "ssl://localhost:" + tlsPort;
    }

    /** A PKCS12 trust store holding the test CA, password {@value #TRUST_STORE_PASSWORD}. */
    public Path trustStore() {
        return directory.resolve("truststore.p12");
    }

    /** The broker's log so far, for failure messages. */
    public String log() throws IOException {
        Path log = directory.resolve("mosquitto.log");
        return Files.exists(log) ? Files.readString(log) : Files.readString(directory.resolve("stdout.log"));
    }

    /** Stops the broker with SIGTERM (SIGKILL after 10 s). */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private void awaitListening() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!accepts(plainPort) || !accepts(tlsPort)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                close();
                throw new IllegalStateException("mosquitto did not start on ports " + plainPort + ", " + tlsPort
                        + ": " + log());
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }

    private static void makeCertificates(Path d) throws IOException, InterruptedException, GeneralSecurityException {
        String ec = "ec_paramgen_curve:P-256";
        run(d, "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", ec, "-nodes", "-days", "2", "-subj",
                "/CN=seizmon login test CA", "-keyout", "ca.key", "-out", "ca.crt");
        run(d, "openssl", "req", "-new", "-newkey", "ec", "-pkeyopt", ec, "-nodes", "-subj", "/CN=localhost",
                "-keyout", "broker.key", "-out", "broker.csr");
        Files.writeString(d.resolve("broker.ext"), "subjectAltName=DNS:localhost,IP:127.0.0.1\n"
                + "extendedKeyUsage=serverAuth\n");
        run(d, "openssl", "x509", "-req", "-in", "broker.csr", "-CA", "ca.crt", "-CAkey", "ca.key",
                "-CAcreateserial", "-days", "2", "-extfile", "broker.ext", "-out", "broker.crt");
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        try (InputStream in = Files.newInputStream(d.resolve("ca.crt"))) {
            store.setCertificateEntry("seizmon-test-ca", CertificateFactory.getInstance("X.509")
                    .generateCertificate(in));
        }
        try (OutputStream out = Files.newOutputStream(d.resolve("truststore.p12"))) {
            store.store(out, TRUST_STORE_PASSWORD.toCharArray());
        }
    }

    private static void run(Path directory, String... command) throws IOException, InterruptedException {
        Path output = directory.resolve("command.log");
        Process process = new ProcessBuilder(List.of(command)).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(command[0] + " failed: " + Files.readString(output));
        }
    }

    private static boolean onPath(String tool) {
        List<String> path = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
        path.add("/usr/bin");
        return path.stream().anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, tool)));
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
