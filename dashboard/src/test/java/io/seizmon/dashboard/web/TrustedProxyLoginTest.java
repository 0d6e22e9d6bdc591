package io.seizmon.dashboard.web;

import static io.seizmon.dashboard.web.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.seizmon.dashboard.DashboardOptions;
import io.seizmon.dashboard.auth.LoginThrottle;
import io.seizmon.dashboard.auth.PasswordHash;
import io.seizmon.dashboard.auth.Role;
import io.seizmon.dashboard.auth.User;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The login throttle's client address over HTTP, against a real server on a free port: the test client connects
 * from 127.0.0.1 and plays the reverse proxy by sending {@code X-Forwarded-For}. The wrong logins use five different
 * user names, so only the address key can lock.
 */
@ExtendWith(VertxExtension.class)
class TrustedProxyLoginTest {

    private static final String PASSWORD = "viewer-pass-12";

    @TempDir
    Path folder;

    private final AtomicLong clockMs = new AtomicLong(1_800_000_000_000L);
    private Vertx vertx;
    private DashboardServer server;
    private WebClient client;

    private void start(Vertx vertx, List<String> trustedProxies) throws Exception {
        this.vertx = vertx;
        DashboardOptions options = new DashboardOptions().httpPort(0).dataDir(folder.toString())
                .trustedProxies(trustedProxies).validate();
        TestServer started = TestServer.start(vertx, options, clockMs::get);
        server = started.server();
        client = started.client();
        await(server.withUsers(users -> {
            users.add(new User("victor", Role.VIEWER, PasswordHash.of(PASSWORD.toCharArray())));
            return null;
        }));
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            await(server.close());
        }
    }

    private int login(String name, String password, String... forwardedFor) throws Exception {
        HttpRequest<Buffer> request = client.post("/api/login");
        for (String value : forwardedFor) {
            request.headers().add(AuthRoutes.FORWARDED_FOR, value); // one header line each
        }
        HttpResponse<Buffer> response = await(request.sendJsonObject(new JsonObject().put("name", name)
                .put("password", password)));
        return response.statusCode();
    }

    private void failFiveTimes(String... forwardedFor) throws Exception {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            assertThat(login("nobody" + i, "wrong-password-1", forwardedFor)).as("failure %d", i + 1)
                    .isEqualTo(401);
        }
    }

    private JsonObject health() throws Exception {
        return await(client.get("/health").send()).bodyAsJsonObject();
    }

    @Test
    void behindATrustedProxyTheForwardedClientIsLockedAndOthersAreNot(Vertx vertx) throws Exception {
        start(vertx, List.of("127.0.0.1"));
        failFiveTimes("203.0.113.7");

        assertThat(login("victor", PASSWORD, "203.0.113.7")).as("the forwarded client's address is locked")
                .isEqualTo(429);
        assertThat(login("victor", PASSWORD, "6.6.6.6, 203.0.113.7")).as("an invented leftmost entry does not help")
                .isEqualTo(429);
        assertThat(login("victor", PASSWORD, "6.6.6.6", "203.0.113.7")).as("nor an invented first header line")
                .isEqualTo(429);
        assertThat(login("victor", PASSWORD, "203.0.113.8")).as("another client behind the same proxy")
                .isEqualTo(200);
        JsonObject health = health();
        assertThat(health.getLong("login_lockouts")).as("the address only").isEqualTo(1);
        assertThat(health.getLong("logins_refused")).isEqualTo(3);
        assertThat(health.getInteger("trusted_proxies")).isEqualTo(1);
    }

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnoredAndCannotEscapeTheAddressLock(Vertx vertx) throws Exception {
        start(vertx, List.of());
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            assertThat(login("nobody" + i, "wrong-password-1", "203.0.113." + i)).isEqualTo(401);
        }

        assertThat(login("victor", PASSWORD, "203.0.113.99")).as("the peer 127.0.0.1 is locked").isEqualTo(429);
        assertThat(login("victor", PASSWORD)).isEqualTo(429);
        assertThat(health().getInteger("trusted_proxies")).isZero();
        clockMs.addAndGet(LoginThrottle.FIRST_DELAY_MILLIS);
        assertThat(login("victor", PASSWORD, "203.0.113.99")).isEqualTo(200);
    }

    @Test
    void aPeerOutsideTheTrustedBlocksIsTheClientWhateverItForwards(Vertx vertx) throws Exception {
        start(vertx, List.of("10.0.0.0/8", "::1"));
        failFiveTimes("203.0.113.7");

        assertThat(login("victor", PASSWORD, "203.0.113.8")).as("127.0.0.1 is not trusted: its address is locked")
                .isEqualTo(429);
    }
}
