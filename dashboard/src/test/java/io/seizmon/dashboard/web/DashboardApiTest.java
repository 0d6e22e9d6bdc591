package io.seizmon.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.seizmon.core.recording.EventsTsv;
import io.seizmon.core.recording.LabelledEvent;
import io.seizmon.dashboard.DashboardOptions;
import io.seizmon.dashboard.auth.LoginThrottle;
import io.seizmon.dashboard.auth.PasswordHash;
import io.seizmon.dashboard.auth.Role;
import io.seizmon.dashboard.auth.User;
import io.seizmon.dashboard.store.DashboardEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.ext.web.client.WebClientSession;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API, sessions, CSRF and headers, against a real server on a free port; no browser, no broker. */
@ExtendWith(VertxExtension.class)
class DashboardApiTest {

    static final String OPERATOR_PASSWORD = "operator-pass-1";
    static final String VIEWER_PASSWORD = "viewer-pass-12";
    static final String KIOSK_TOKEN = "kiosk-token-0123456789abcdef";

    @TempDir
    Path folder;

    private final AtomicLong clockMs = new AtomicLong(1_800_000_000_000L);
    private Vertx vertx;
    private DashboardServer server;
    private WebClient client;

    @BeforeEach
    void start(Vertx vertx) throws Exception {
        this.vertx = vertx;
        DashboardOptions options = new DashboardOptions().httpPort(0).dataDir(folder.toString())
                .kioskToken(KIOSK_TOKEN).validate();
        TestServer started = TestServer.start(vertx, options, clockMs::get);
        server = started.server();
        client = started.client();
        await(server.withUsers(users -> {
            users.add(new User("olivia", Role.OPERATOR, PasswordHash.of(OPERATOR_PASSWORD.toCharArray())));
            users.add(new User("victor", Role.VIEWER, PasswordHash.of(VIEWER_PASSWORD.toCharArray())));
            return null;
        }));
    }

    @AfterEach
    void stop() throws Exception {
        await(server.close());
    }

    static <T> T await(Future<T> future) throws Exception {
        return TestServer.await(future);
    }

    private Session login(String name, String password) throws Exception {
        WebClientSession session = WebClientSession.create(client);
        HttpResponse<Buffer> response = await(session.post("/api/login")
                .sendJsonObject(new JsonObject().put("name", name).put("password", password)));
        assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
        return new Session(session, response.bodyAsJsonObject().getString("csrf"));
    }

    record Session(WebClientSession web, String csrf) {
        HttpResponse<Buffer> get(String uri) throws Exception {
            return await(web.get(uri).send());
        }

        HttpResponse<Buffer> acknowledge(String id, boolean withCsrf) throws Exception {
            var request = web.post("/api/events/" + id + "/acknowledge");
            if (withCsrf) {
                request.putHeader(SessionAccess.CSRF_HEADER, csrf);
            }
            return await(request.sendJsonObject(new JsonObject()));
        }
    }

    private void ingest(DashboardEvent event) throws Exception {
        await(Future.<Boolean>future(p -> server.context().runOnContext(v ->
                server.ingest().onEvent(event).onComplete(p))));
    }

    static DashboardEvent event(String id, String subject, String kind, String priority, long onsetUs, Long offsetUs) {
        return new DashboardEvent(id, "edge-01", subject, true, 0, "EEG1", kind, priority,
                kind.startsWith("seizure") ? 1 : 0, onsetUs, offsetUs, onsetUs + 5_000_000, onsetUs + 5_100_000,
                kind.startsWith("seizure") ? 0.97 : 0, 4, "model-x", 0.5, "3 of 4 windows >= 0.50", 1, null);
    }

    @Test
    void anonymousCallersGet401AndThePageSendsThemToLogin() throws Exception {
        assertThat(await(client.get("/api/events").send()).statusCode()).isEqualTo(401);
        assertThat(await(client.get("/api/subjects").send()).statusCode()).isEqualTo(401);
        HttpResponse<Buffer> page = await(client.get("/app.html").send());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.getHeader("Location")).isEqualTo("/login.html");
        JsonObject me = await(client.get("/api/me").send()).bodyAsJsonObject();
        assertThat(me.getBoolean("authenticated")).isFalse();
        assertThat(me.getBoolean("users_exist")).isTrue();
        assertThat(await(client.get("/health").send()).statusCode()).isEqualTo(200);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<Buffer> login = await(client.get("/login.html").send());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.getHeader("Content-Security-Policy")).contains("default-src 'self'")
                .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(login.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(login.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(login.getHeader("Strict-Transport-Security")).as("no HSTS without TLS").isNull();
        assertThat(login.bodyAsString()).doesNotContain("<script>").doesNotContain("style=");
    }

    @Test
    void loginSetsAnHttpOnlyStrictSessionCookieAndRejectsWrongPasswordsAndForms() throws Exception {
        HttpResponse<Buffer> ok = await(client.post("/api/login")
                .sendJsonObject(new JsonObject().put("name", "olivia").put("password", OPERATOR_PASSWORD)));
        assertThat(ok.cookies()).anySatisfy(c -> assertThat(c).contains("seizmon_session=")
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict"));
        assertThat(ok.bodyAsJsonObject().getString("role")).isEqualTo("operator");
        assertThat(await(client.post("/api/login").sendJsonObject(new JsonObject().put("name", "olivia")
                .put("password", "wrong-password"))).statusCode()).isEqualTo(401);
        assertThat(await(client.post("/api/login").putHeader("Content-Type", "application/x-www-form-urlencoded")
                .sendBuffer(Buffer.buffer("name=olivia&password=" + OPERATOR_PASSWORD))).statusCode()).isEqualTo(415);
    }

    @Test
    void fiveFailedLoginsLockTheNameWith429AndRetryAfterBeforeThePasswordIsChecked() throws Exception {
        JsonObject wrong = new JsonObject().put("name", "olivia").put("password", "wrong-password-1");
        for (int i = 0; i < 5; i++) {
            assertThat(await(client.post("/api/login").sendJsonObject(wrong)).statusCode()).isEqualTo(401);
        }
        JsonObject right = new JsonObject().put("name", "olivia").put("password", OPERATOR_PASSWORD);
        HttpResponse<Buffer> refused = await(client.post("/api/login").sendJsonObject(right));
        assertThat(refused.statusCode()).as("even the right password waits").isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
        assertThat(refused.bodyAsJsonObject().getString("error"))
                .isEqualTo("too many failed logins, try again in 1 s");
        JsonObject health = await(client.get("/health").send()).bodyAsJsonObject();
        assertThat(health.getLong("login_lockouts")).as("name and address").isEqualTo(2);
        assertThat(health.getLong("logins_refused")).isEqualTo(1);

        clockMs.addAndGet(1_000);
        assertThat(await(client.post("/api/login").sendJsonObject(right)).statusCode()).isEqualTo(200);
        assertThat(await(client.post("/api/login").sendJsonObject(wrong)).statusCode())
                .as("the success reset the name, the address is not locked any more").isEqualTo(401);
    }

    @Test
    void aFloodOfParallelWrongLoginsCostsOnlyFiveHashes() throws Exception {
        JsonObject wrong = new JsonObject().put("name", "olivia").put("password", "wrong-password-1");
        WebClient parallel = WebClient.create(vertx, new WebClientOptions().setDefaultHost("127.0.0.1")
                .setDefaultPort(server.port()), new PoolOptions().setHttp1MaxSize(12));
        List<Future<HttpResponse<Buffer>>> sent = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            sent.add(parallel.post("/api/login").sendJsonObject(wrong));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<HttpResponse<Buffer>> response : sent) {
            statuses.add(await(response).statusCode());
        }
        assertThat(statuses).as("the clock stands still: the queued ones meet the lockout on the worker")
                .containsOnly(401, 429).filteredOn(status -> status == 401).hasSize(LoginThrottle.FREE_FAILURES);
    }

    @Test
    void eventsAreStoredOnceAndFilteredBySubjectKindTimeAndAcknowledgement() throws Exception {
        ingest(event("a", "cage-01", "seizure_onset", "high", 1_000_000, null));
        ingest(event("a", "cage-01", "seizure_onset", "high", 1_000_000, null));
        ingest(event("b", "cage-01", "seizure_offset", "low", 1_000_000, 9_000_000L));
        ingest(event("c", "cage-02", "signal_lost", "medium", 20_000_000, null));
        Session viewer = login("victor", VIEWER_PASSWORD);
        assertThat(ids(viewer.get("/api/events"))).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(ids(viewer.get("/api/events?subject=cage-02"))).containsExactly("c");
        assertThat(ids(viewer.get("/api/events?kind=seizure_onset"))).containsExactly("a");
        assertThat(ids(viewer.get("/api/events?from=10000000"))).containsExactly("c");
        assertThat(ids(viewer.get("/api/events?to=1970-01-01T00:00:10Z"))).containsExactlyInAnyOrder("a", "b");
        assertThat(ids(viewer.get("/api/events?acknowledged=false"))).hasSize(3);
        assertThat(viewer.get("/api/events?from=yesterday").statusCode()).isEqualTo(400);
        assertThat(viewer.get("/api/events?subject=Cage%2001").bodyAsJsonObject().getString("error"))
                .startsWith("subject: Cage 01");
        JsonArray subjects = viewer.get("/api/subjects").bodyAsJsonArray();
        assertThat(subjects).hasSize(2);
        assertThat(subjects.getJsonObject(0).getString("key")).isEqualTo("sim/cage-01");
        assertThat(subjects.getJsonObject(1).getString("state")).isEqualTo("no_data");
    }

    @Test
    void aViewerCannotAcknowledgeAnOperatorCanAndTheFirstAcknowledgementStands() throws Exception {
        ingest(event("edge-01:cage-01:0:1000000:seizure_onset", "cage-01", "seizure_onset", "high", 1_000_000, null));
        String id = "edge-01:cage-01:0:1000000:seizure_onset";
        Session viewer = login("victor", VIEWER_PASSWORD);
        HttpResponse<Buffer> denied = viewer.acknowledge(id, true);
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(denied.bodyAsJsonObject().getString("error")).contains("expected: operator");
        Session operator = login("olivia", OPERATOR_PASSWORD);
        clockMs.set(1_800_000_123_456L);
        HttpResponse<Buffer> ok = operator.acknowledge(id, true);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.bodyAsJsonObject().getString("acknowledged_by")).isEqualTo("olivia");
        assertThat(ok.bodyAsJsonObject().getLong("acknowledged_ms")).isEqualTo(1_800_000_123_456L);
        clockMs.set(1_800_000_200_000L);
        assertThat(operator.acknowledge(id, true).bodyAsJsonObject().getLong("acknowledged_ms"))
                .isEqualTo(1_800_000_123_456L);
        assertThat(operator.acknowledge("no-such-event", true).statusCode()).isEqualTo(404);
        assertThat(ids(viewer.get("/api/events?acknowledged=true"))).containsExactly(id);
    }

    @Test
    void aStateChangingRequestWithoutTheCsrfTokenIsRefused() throws Exception {
        ingest(event("a", "cage-01", "seizure_onset", "high", 1_000_000, null));
        Session operator = login("olivia", OPERATOR_PASSWORD);
        HttpResponse<Buffer> refused = operator.acknowledge("a", false);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.bodyAsJsonObject().getString("error")).startsWith("csrf:");
        Session other = new Session(operator.web(), "forged-token");
        assertThat(other.acknowledge("a", true).statusCode()).isEqualTo(403);
        assertThat(ids(operator.get("/api/events?acknowledged=false"))).containsExactly("a");
    }

    @Test
    void csvExportHasOneRowPerEventWithTheAcknowledgement() throws Exception {
        ingest(event("a", "cage-01", "seizure_onset", "high", 1_000_000, null));
        ingest(event("b", "cage-01", "seizure_offset", "low", 1_000_000, 9_000_000L));
        Session operator = login("olivia", OPERATOR_PASSWORD);
        operator.acknowledge("a", true);
        HttpResponse<Buffer> csv = operator.get("/api/events.csv");
        assertThat(csv.getHeader("Content-Type")).startsWith("text/csv");
        List<String> lines = csv.bodyAsString().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("id,subject,simulated,agent,channel,channel_label,kind,priority");
        assertThat(lines.get(1)).startsWith("a,cage-01,true,edge-01,0,EEG1,seizure_onset,high,1,"
                + "1970-01-01T00:00:01Z,1000000,,").contains(",true,olivia,");
        assertThat(lines.get(2)).startsWith("b,").contains(",9000000,8.0,").endsWith(",false,,");
    }

    @Test
    void tsvExportIsABidsEventsFileThatEegCoreReadsBack() throws Exception {
        ingest(event("a", "cage-01", "seizure_onset", "high", 3_000_000, null));
        ingest(event("b", "cage-01", "seizure_offset", "low", 3_000_000, 9_500_000L));
        ingest(event("c", "cage-02", "signal_lost", "medium", 20_000_000, null));
        Session viewer = login("victor", VIEWER_PASSWORD);
        Path file = folder.resolve("events.tsv");
        Files.writeString(file, viewer.get("/api/events.tsv?from=1000000").bodyAsString());
        List<LabelledEvent> rows = EventsTsv.read(file);
        assertThat(rows).extracting(LabelledEvent::onsetSeconds).containsExactly(2.0, 2.0, 19.0);
        assertThat(rows).extracting(LabelledEvent::eventType)
                .containsExactlyInAnyOrder("seizure_onset", "seizure_offset", "signal_lost");
        LabelledEvent offset = rows.stream().filter(r -> r.eventType().equals("seizure_offset")).findFirst()
                .orElseThrow();
        assertThat(offset.durationSeconds()).isEqualTo(6.5);
        assertThat(offset.otherColumns()).containsEntry("subject", "cage-01").containsEntry("acknowledged", "false")
                .containsEntry("channel", "0");
        assertThat(Double.isNaN(rows.get(2).durationSeconds())).isTrue();
    }

    @Test
    void theKioskUrlGivesReadOnlyAccess() throws Exception {
        ingest(event("a", "cage-01", "seizure_onset", "high", 1_000_000, null));
        WebClientSession kiosk = WebClientSession.create(client);
        assertThat(await(kiosk.get("/kiosk/wrong-token-0123456789abcdef").send()).statusCode()).isEqualTo(404);
        HttpResponse<Buffer> entry = await(kiosk.get("/kiosk/" + KIOSK_TOKEN).send());
        assertThat(entry.statusCode()).isEqualTo(302);
        JsonObject me = await(kiosk.get("/api/me").send()).bodyAsJsonObject();
        assertThat(me.getString("role")).isEqualTo("kiosk");
        assertThat(me.getBoolean("can_acknowledge")).isFalse();
        assertThat(await(kiosk.get("/api/events").send()).statusCode()).isEqualTo(200);
        assertThat(new Session(kiosk, me.getString("csrf")).acknowledge("a", true).statusCode()).isEqualTo(403);
    }

    @Test
    void servesThePageAndUplotFromTheJarWithoutACdn() throws Exception {
        Session viewer = login("victor", VIEWER_PASSWORD);
        HttpResponse<Buffer> page = viewer.get("/app.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.bodyAsString()).contains("/js/app.js").doesNotContain("http://").doesNotContain("https://");
        assertThat(viewer.get("/vendor/uplot/uPlot.esm.js").statusCode()).isEqualTo(200);
        assertThat(viewer.get("/vendor/uplot/uPlot.min.css").statusCode()).isEqualTo(200);
        assertThat(viewer.get("/js/app.js").getHeader("Content-Type")).contains("javascript");
    }

    @Test
    void historySurvivesARestart() throws Exception {
        ingest(event("a", "cage-01", "seizure_onset", "high", 1_000_000, null));
        await(server.close());
        DashboardOptions options = new DashboardOptions().httpPort(0).dataDir(folder.toString()).validate();
        TestServer restarted = TestServer.start(vertx, options, clockMs::get);
        server = restarted.server();
        client = restarted.client();
        Session viewer = login("victor", VIEWER_PASSWORD);
        assertThat(ids(viewer.get("/api/events"))).containsExactly("a");
        assertThat(viewer.get("/api/subjects").bodyAsJsonArray()).hasSize(1);
        ingest(event("a", "cage-01", "seizure_onset", "high", 1_000_000, null));
        assertThat(ids(viewer.get("/api/events"))).containsExactly("a");
    }

    private static List<String> ids(HttpResponse<Buffer> response) {
        assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
        return response.bodyAsJsonArray().stream().map(o -> ((JsonObject) o).getString("id")).toList();
    }
}
