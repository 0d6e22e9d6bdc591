package io.seizmon.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.seizmon.dashboard.admin.AdminClient;
import io.seizmon.dashboard.admin.AdminSocket;
import io.seizmon.dashboard.auth.PasswordHash;
import io.seizmon.dashboard.auth.Role;
import io.seizmon.dashboard.auth.User;
import io.seizmon.dashboard.web.DashboardServer;
import io.seizmon.dashboard.web.TestServer;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientSession;
import io.vertx.junit5.VertxExtension;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The {@code dashboard user} commands (in-process, as {@code seizmon dashboard} runs them) against a running server's
 * data folder: they reach it through its admin socket, and a password change or removal ends the user's sessions
 * and live pages. Real server on a free port, real Unix socket in a temporary folder; no browser, no broker.
 */
@ExtendWith(VertxExtension.class)
class LiveUserChangesTest {

    private static final String OLIVIA = "olivia-pass-1";
    private static final String VICTOR = "victor-pass-12";
    private static final String APPLIED = " (applied by the running dashboard)\n";

    @TempDir
    Path folder;

    private final InputStream stdin = System.in;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Vertx vertx;
    private DashboardServer server;
    private WebClient client;

    @BeforeEach
    void start(Vertx vertx) throws Exception {
        this.vertx = vertx;
        startServer();
        TestServer.await(server.withUsers(users -> {
            users.add(new User("olivia", Role.OPERATOR, PasswordHash.of(OLIVIA.toCharArray())));
            users.add(new User("victor", Role.VIEWER, PasswordHash.of(VICTOR.toCharArray())));
            return null;
        }));
    }

    private void startServer() throws Exception {
        TestServer started = TestServer.start(vertx, new DashboardOptions().httpPort(0).dataDir(folder.toString())
                .validate(), new AtomicLong(1_800_000_000_000L)::get);
        server = started.server();
        client = started.client();
    }

    @AfterEach
    void stop() throws Exception {
        System.setIn(stdin);
        if (server != null) {
            TestServer.await(server.close());
        }
    }

    private int run(String stdinText, String... args) {
        System.setIn(new ByteArrayInputStream(stdinText.getBytes(StandardCharsets.UTF_8)));
        CommandLine commandLine = DashboardMain.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data-dir";
        all[args.length + 1] = folder.toString();
        return commandLine.execute(all);
    }

    private int loginStatus(String name, String password) throws Exception {
        return login(WebClientSession.create(client), name, password).statusCode();
    }

    private HttpResponse<Buffer> login(WebClientSession session, String name, String password) throws Exception {
        return TestServer.await(session.post("/api/login")
                .sendJsonObject(new JsonObject().put("name", name).put("password", password)));
    }

    private WebClientSession loggedIn(String name, String password) throws Exception {
        WebClientSession session = WebClientSession.create(client);
        assertThat(login(session, name, password).statusCode()).isEqualTo(200);
        assertThat(status(session)).isEqualTo(200);
        return session;
    }

    private static int status(WebClientSession session) throws Exception {
        return TestServer.await(session.get("/api/subjects").send()).statusCode();
    }

    /** A live WebSocket of a fresh login of {@code name}, once its snapshot has arrived. */
    private WebSocket liveSocket(String name, String password) throws Exception {
        HttpResponse<Buffer> response = login(WebClientSession.create(client), name, password);
        String cookie = response.cookies().stream().filter(c -> c.startsWith("seizmon_session="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost("127.0.0.1").setPort(server.port())
                .setURI("/ws").addHeader("Cookie", cookie).addHeader("Origin", "http://127.0.0.1:" + server.port());
        AtomicBoolean snapshot = new AtomicBoolean();
        // the handler is set as the connection completes, on its event loop: set later from this thread, it could
        // miss the snapshot the server sends at once
        WebSocket ws = TestServer.await(vertx.createWebSocketClient().connect(options).map(socket -> socket
                .textMessageHandler(text -> snapshot.compareAndSet(false, text.contains("\"snapshot\"")))));
        await().atMost(Duration.ofSeconds(20)).untilTrue(snapshot);
        return ws;
    }

    @Test
    void addWhileRunningLetsTheNewUserLogIn() throws Exception {
        assertThat(loginStatus("nina", "nina-pass-123")).isEqualTo(401);
        assertThat(run("nina-pass-123\n", "user", "add", "nina", "--role", "viewer", "--password-stdin"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).isEqualTo("user nina (viewer) added to " + folder.toAbsolutePath() + APPLIED);
        assertThat(loginStatus("nina", "nina-pass-123")).isEqualTo(200);
    }

    @Test
    void passwdWhileRunningEndsTheUsersSessionsOnly() throws Exception {
        WebClientSession olivia = loggedIn("olivia", OLIVIA);
        WebClientSession victor = loggedIn("victor", VICTOR);
        WebSocket oliviaPage = liveSocket("olivia", OLIVIA);
        AtomicBoolean oliviaClosed = new AtomicBoolean();
        oliviaPage.closeHandler(v -> oliviaClosed.set(true));
        assertThat(run("olivia-new-pass\n", "user", "passwd", "olivia", "--password-stdin"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("user olivia: password changed in ").endsWith(APPLIED);
        assertThat(status(olivia)).isEqualTo(401);
        assertThat(status(olivia)).as("stays logged out").isEqualTo(401);
        assertThat(status(victor)).isEqualTo(200);
        assertThat(loginStatus("olivia", OLIVIA)).isEqualTo(401);
        await().atMost(Duration.ofSeconds(20)).untilTrue(oliviaClosed);
        WebClientSession again = loggedIn("olivia", "olivia-new-pass");
        assertThat(status(again)).as("a login after the change counts").isEqualTo(200);
    }

    @Test
    void removeWhileRunningEndsSessionsLoginsAndLivePages() throws Exception {
        WebClientSession victor = loggedIn("victor", VICTOR);
        WebSocket victorPage = liveSocket("victor", VICTOR);
        WebSocket oliviaPage = liveSocket("olivia", OLIVIA);
        AtomicBoolean victorClosed = new AtomicBoolean();
        victorPage.closeHandler(v -> victorClosed.set(true));

        assertThat(run("", "user", "remove", "victor")).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("user victor (viewer) removed from ").endsWith(APPLIED);
        assertThat(err.toString()).isEmpty();
        assertThat(status(victor)).isEqualTo(401);
        assertThat(loginStatus("victor", VICTOR)).isEqualTo(401);
        await().atMost(Duration.ofSeconds(20)).untilTrue(victorClosed);
        assertThat(victorPage.closeStatusCode()).isEqualTo((short) 1008);
        assertThat(oliviaPage.isClosed()).isFalse();
    }

    @Test
    void removingTheLastOperatorWarnsAndUnknownOrTakenNamesAreRefused() throws Exception {
        assertThat(run("", "user", "remove", "olivia")).isZero();
        assertThat(out.toString()).endsWith(APPLIED);
        assertThat(err.toString()).startsWith("warning: olivia was the last operator: nobody can acknowledge");

        StringWriter before = new StringWriter();
        before.write(err.toString());
        assertThat(run("", "user", "remove", "nobody")).isEqualTo(1);
        assertThat(err.toString().substring(before.toString().length()))
                .startsWith("seizmon dashboard: user nobody: no such user in ").contains("dashboard.mv.db");
        assertThat(run("victor-pass-99\n", "user", "add", "victor", "--role", "viewer", "--password-stdin"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("seizmon dashboard: user name: victor (expected: a name not yet taken)");
        assertThat(run("", "user", "passwd", "nobody", "--password-stdin")).as("refused before the password")
                .isEqualTo(1);
        assertThat(err.toString()).endsWith("seizmon dashboard: user nobody: no such user in "
                + folder.toAbsolutePath().resolve("dashboard") + ".mv.db\n");
        assertThat(loginStatus("victor", VICTOR)).isEqualTo(200);
    }

    @Test
    void theSocketIsPrivateAndGoesAwayWithTheServer() throws Exception {
        Path socket = AdminSocket.socketFile(folder);
        assertThat(Files.getPosixFilePermissions(socket.getParent()))
                .isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.getPosixFilePermissions(socket)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        TestServer.await(server.close());
        server = null;
        assertThat(socket).doesNotExist();

        // A crash leaves the socket file and a loose folder: the next start tightens the folder and binds anew.
        Files.setPosixFilePermissions(socket.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(socket, "stale");
        startServer();
        assertThat(Files.getPosixFilePermissions(socket.getParent()))
                .isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(run("", "user", "remove", "victor")).as(err.toString()).isZero();
        assertThat(out.toString()).endsWith(APPLIED);
    }

    @Test
    void malformedAndOversizedRequestsGetErrorsAndChangeNothing() throws Exception {
        Path socket = AdminSocket.socketFile(folder);
        assertThat(raw(socket, "not json\n")).startsWith("{\"error\":\"request: not a JSON object");
        assertThat(raw(socket, "{\"op\":\"remove\"}\n"))
                .isEqualTo("{\"error\":\"request name: null (expected: a string)\"}");
        assertThat(raw(socket, "{\"op\":\"drop\",\"name\":\"victor\"}\n")).contains("request op: drop");
        assertThat(raw(socket, "{\"op\":\"remove\",\"name\":\"../x\"}\n")).contains("user name: ../x (expected: ");
        assertThat(raw(socket, "{\"op\":\"add\",\"name\":\"eve\",\"role\":\"viewer\",\"hash\":\"secret-plain\"}\n"))
                .contains("password hash: unknown format");
        assertThat(raw(socket, "{\"op\":\"add\",\"name\":\"eve\",\"role\":\"root\",\"hash\":\"x\"}\n"))
                .contains("role: root (expected: operator or viewer)");
        assertThat(raw(socket, "{\"op\":\"remove\",\"name\":\"victor\",\"pad\":\"" + "x".repeat(20_000) + "\"}\n"))
                .isEqualTo("{\"error\":\"request: more than 16384 bytes (expected: one JSON line)\"}");
        assertThatThrownBy(() -> raw(socket, "")).as("a probe gets no reply").isInstanceOf(IOException.class)
                .hasMessageContaining("closed before a reply line");

        assertThat(loginStatus("victor", VICTOR)).as("nothing changed").isEqualTo(200);
        assertThat(loginStatus("eve", "secret-plain")).isEqualTo(401);
        assertThat(run("", "user", "remove", "victor")).as("still serving: " + err).isZero();
        assertThat(loginStatus("victor", VICTOR)).isEqualTo(401);
    }

    private static String raw(Path socket, String text) throws Exception {
        return AdminClient.sendRaw(socket, text.getBytes(StandardCharsets.UTF_8));
    }
}
