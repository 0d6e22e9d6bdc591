package io.seizmon.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.seizmon.core.testing.MosquittoBroker;
import io.seizmon.core.wire.AgentState;
import io.seizmon.core.wire.AlertEvent;
import io.seizmon.core.wire.AlertKind;
import io.seizmon.core.wire.Topics;
import io.seizmon.dashboard.auth.PasswordHash;
import io.seizmon.dashboard.auth.Role;
import io.seizmon.dashboard.auth.User;
import io.seizmon.dashboard.store.Database;
import io.seizmon.dashboard.store.UserStore;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The dashboard end to end: a real Mosquitto, the dashboard as {@code seizmon dashboard} runs it, test publishers
 * speaking the wire contract with eeg-core's codecs, and real headless Chromium. Writes screenshots to
 * {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserIT {

    @RegisterExtension
    static MosquittoBroker broker = new MosquittoBroker();

    static final String OPERATOR_PASSWORD = "operator-pass-1";
    static final String VIEWER_PASSWORD = "viewer-pass-12";

    static Path dataDir;
    static Vertx vertx;
    static DashboardApp app;
    static WirePublisher publisher;
    static FrameFeed feed;
    static Browser operator;
    static AlertEvent seizureOnset;
    static long loginUs;
    static io.vertx.core.json.JsonObject healthBefore;
    static long healthBeforeUs;
    static AlertEvent signalGap;

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeInstalled();
        dataDir = Files.createTempDirectory("dashboard-it");
        try (Database db = Database.open(dataDir)) { // as `seizmon dashboard user add victor --role viewer` does
            new UserStore(db).add(new User("victor", Role.VIEWER, PasswordHash.of(VIEWER_PASSWORD.toCharArray())));
        }
        vertx = Vertx.vertx();
        app = startApp();
        publisher = new WirePublisher(broker.url(), "it-publisher");
        List<String> simulated = List.of("cage-07", "cage-08", "cage-09", "cage-11", "cage-12");
        for (String subject : simulated) {
            publisher.meta(subject, true, List.of("EEG1", "EEG2"), FrameFeed.RATE_HZ);
        }
        publisher.meta("bed-01", false, List.of("EEG1", "EEG2"), FrameFeed.RATE_HZ);
        publisher.meta("cage-10", true, List.of("EEG1", "EEG2"), FrameFeed.RATE_HZ); // metadata, never frames
        publisher.status("edge-01", AgentState.ONLINE, simulated.subList(0, 4));
        feed = new FrameFeed(publisher, simulated, List.of("bed-01"));
        feed.agents.put("cage-12", "edge-09");
        feed.start();
        operator = Browser.open("http://127.0.0.1:" + app.port());
        operator.login("olivia", OPERATOR_PASSWORD);
        loginUs = feed.nowUs();
        await().atMost(Duration.ofSeconds(20)).until(() -> tiles(operator).size() >= 7);
    }

    static DashboardApp startApp() throws Exception {
        DashboardOptions options = new DashboardOptions(new io.vertx.core.json.JsonObject()
                .put("brokerUrl", broker.url())
                .put("httpPort", 0).put("dataDir", dataDir.toString()).put("noDataSeconds", 3)
                .put("initialOperator", "olivia").put("initialOperatorPasswordEnv", "IT_OPERATOR_PASSWORD"))
                .validate();
        DashboardApp started = DashboardApp.start(vertx, options, Map.of("IT_OPERATOR_PASSWORD", OPERATOR_PASSWORD))
                .toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10)).until(started::mqttConnected);
        return started;
    }

    @AfterAll
    static void stop() throws Exception {
        if (operator != null) {
            operator.close();
        }
        if (feed != null) {
            feed.close();
        }
        if (publisher != null) {
            publisher.close();
        }
        if (app != null) {
            app.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
    }

    static List<WebElement> tiles(Browser browser) {
        return browser.driver.findElements(By.cssSelector("#grid .tile"));
    }

    static String tileState(Browser browser, String key) {
        List<WebElement> tile = browser.driver.findElements(By.cssSelector(".tile[data-key='" + key + "']"));
        return tile.isEmpty() ? null : tile.get(0).getAttribute("data-state");
    }

    static List<WebElement> alarms(Browser browser, String id) {
        return browser.driver.findElements(By.cssSelector("#alarm-banner .alarm[data-id='" + id + "']"));
    }

    @Test
    @Order(1)
    void aSeizureAlertShowsAsAFlashingLatchedHighPriorityAlarmWithinASecond() throws Exception {
        feed.paused.add("cage-11"); // a gap in cage-11's trace until the next test
        publisher.alert("edge-01", "cage-09", true, 1, AlertKind.POOR_SIGNAL, feed.nowUs(), "flat");
        feed.seizing.add("cage-07");
        AlertEvent onset = publisher.alert("edge-01", "cage-07", true, 0, AlertKind.SEIZURE_ONSET,
                feed.nowUs() - 4_000_000, "3 of 4 windows >= 0.50");
        seizureOnset = onset;
        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(50))
                .until(() -> alarms(operator, onset.id()).size() == 1);
        WebElement alarm = alarms(operator, onset.id()).get(0);
        assertThat(alarm.getAttribute("class")).contains("high");
        assertThat(alarm.getCssValue("animation-name")).isEqualTo("flash-high");
        assertThat(alarm.getCssValue("animation-duration")).as("2 Hz").isEqualTo("0.5s");
        assertThat(alarm.getText()).contains("SEIZURE").contains("cage-07");
        await().atMost(Duration.ofSeconds(5)).until(() -> "seizure".equals(tileState(operator, "sim/cage-07")));
        assertThat(operator.driver.findElement(By.cssSelector(".tile[data-key='sim/cage-07']")).getAttribute("class"))
                .contains("latched-high");
        assertThat(operator.driver.findElement(By.id("alarm-banner")).getAttribute("data-sounding")).isEqualTo("high");
    }

    @Test
    @Order(2)
    void aQos1RedeliveryOfTheSameAlertIsShownOnce() throws Exception {
        AlertEvent onset = seizureOnset;
        publisher.publishAlert(onset);
        signalGap = publisher.alert("edge-01", "cage-11", true, null, AlertKind.SIGNAL_GAP, feed.nowUs(),
                "frames 10..12 missing");
        AlertEvent marker = signalGap;
        feed.paused.remove("cage-11");
        await().atMost(Duration.ofSeconds(5)).until(() -> alarms(operator, marker.id()).size() == 1);
        assertThat(alarms(operator, onset.id())).hasSize(1);
        String stored = operator.fetch("GET", "/api/events?subject=cage-07&kind=seizure_onset");
        assertThat(stored).startsWith("200 ");
        assertThat(new JsonArray(stored.substring(4))).hasSize(1);
    }

    @Test
    @Order(3)
    void screenshotsOfTheGridAndOfADetailViewDuringASeizure() throws Exception {
        await().atMost(Duration.ofSeconds(10)).until(() -> "no_data".equals(tileState(operator, "sim/cage-10"))
                && "signal_problem".equals(tileState(operator, "sim/cage-09"))
                && "quiet".equals(tileState(operator, "live/bed-01")));
        await().atMost(Duration.ofSeconds(15)).until(() -> feed.nowUs() > loginUs + 8_000_000); // tile traces filled
        assertThat(operator.screenshot("grid.png")).exists();
        publisher.truth("cage-07", 0, feed.nowUs() - 6_000_000, 30.0, "sz_foc_ia");
        operator.driver.findElement(By.cssSelector(".tile[data-key='sim/cage-07']")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> operator.driver
                .findElements(By.cssSelector("#detail-traces canvas")).size() == 2
                && operator.driver.findElements(By.cssSelector("#detail-truth tbody tr")).size() == 1
                && operator.driver.findElements(By.cssSelector("#detail-events tbody tr")).size() >= 1);
        // let the traces and the probability trend fill for a few seconds of live data
        long until = feed.nowUs() + 5_000_000;
        await().atMost(Duration.ofSeconds(15)).until(() -> feed.nowUs() > until);
        assertThat(operator.driver.findElement(By.id("detail-state")).getText()).isEqualToIgnoringCase("seizure");
        assertThat(operator.driver.findElements(By.cssSelector("#detail-bands canvas"))).hasSize(1);
        operator.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1400)); // show the tables
        assertThat(operator.screenshot("detail-seizure.png")).exists();
        operator.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
        operator.get("/app.html#/");
    }

    @Test
    @Order(4)
    void acknowledgingRecordsTheOperatorAndTimeAndAReloadShowsTheSameHistory() throws Exception {
        AlertEvent onset = seizureOnset;
        long before = System.currentTimeMillis();
        await().atMost(Duration.ofSeconds(5)).until(() -> !operator.driver
                .findElements(By.cssSelector("#alarm-banner .ack-button[data-id='" + onset.id() + "']")).isEmpty());
        operator.driver.findElement(By.cssSelector("#alarm-banner .ack-button[data-id='" + onset.id() + "']")).click();
        await().atMost(Duration.ofSeconds(5)).until(() -> alarms(operator, onset.id()).isEmpty());
        String stored = operator.fetch("GET", "/api/events?subject=cage-07&kind=seizure_onset");
        var event = new JsonArray(stored.substring(4)).getJsonObject(0);
        assertThat(event.getString("acknowledged_by")).isEqualTo("olivia");
        assertThat(event.getLong("acknowledged_ms")).isBetween(before, System.currentTimeMillis());

        operator.driver.navigate().refresh();
        operator.get("/app.html#/log");
        await().atMost(Duration.ofSeconds(10)).until(() -> !operator.driver
                .findElements(By.cssSelector("#log-table tbody tr[data-id='" + onset.id() + "']")).isEmpty());
        WebElement row = operator.driver.findElement(By.cssSelector("#log-table tbody tr[data-id='" + onset.id()
                + "']"));
        assertThat(row.findElement(By.cssSelector("td.ack")).getText()).startsWith("olivia at ");
        assertThat(alarms(operator, onset.id())).as("acknowledged: no longer latched").isEmpty();
        AlertEvent gap = signalGap;
        await().atMost(Duration.ofSeconds(5)).until(() -> alarms(operator, gap.id()).size() == 1);
        assertThat(alarms(operator, gap.id()).get(0).getAttribute("class")).contains("medium");
        assertThat(operator.driver.findElements(By.cssSelector("#log-table tbody tr"))).hasSizeGreaterThanOrEqualTo(3);
        operator.get("/app.html#/");
    }

    @Test
    @Order(5)
    void aViewerSeesTheAlarmsButCannotAcknowledge() throws Exception {
        healthBefore = new io.vertx.core.json.JsonObject(operator.fetch("GET", "/health").substring(4));
        healthBeforeUs = feed.nowUs();
        AlertEvent gap = signalGap;
        try (Browser viewer = Browser.open("http://127.0.0.1:" + app.port())) {
            viewer.login("victor", VIEWER_PASSWORD);
            await().atMost(Duration.ofSeconds(10)).until(() -> alarms(viewer, gap.id()).size() == 1);
            assertThat(viewer.driver.findElements(By.cssSelector("#alarm-banner .ack-button"))).isEmpty();
            String refused = viewer.fetch("POST", "/api/events/" + gap.id() + "/acknowledge");
            assertThat(refused).startsWith("403 ");
            assertThat(alarms(viewer, gap.id())).hasSize(1);
        }
    }

    @Test
    @Order(6)
    void anAgentsLastWillTurnsItsSubjectsToAgentOffline() throws Exception {
        MqttAsyncClient agent = new MqttAsyncClient(broker.url(), "edge-09", new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setKeepAliveInterval(60);
        options.setWill(Topics.agentStatus("edge-09"), io.seizmon.core.wire.AgentStatusCodec.encode(
                WirePublisher.statusOf("edge-09", AgentState.OFFLINE, List.of())), 1, true);
        agent.connect(options).waitForCompletion(10_000);
        agent.publish(Topics.agentStatus("edge-09"), io.seizmon.core.wire.AgentStatusCodec.encode(
                WirePublisher.statusOf("edge-09", AgentState.ONLINE, List.of("cage-12"))), 1, true)
                .waitForCompletion(10_000);
        await().atMost(Duration.ofSeconds(10)).until(() -> "quiet".equals(tileState(operator, "sim/cage-12")));
        agent.disconnectForcibly(0, 1000, false); // the connection dies without DISCONNECT: the broker sends the Will
        agent.close(true);
        await().atMost(Duration.ofSeconds(10)).until(() -> "agent_offline".equals(tileState(operator, "sim/cage-12")));
        assertThat(operator.driver.findElement(By.cssSelector(".tile[data-key='sim/cage-12'] .tile-state")).getText())
                .isEqualToIgnoringCase("agent offline");
        assertThat(tileState(operator, "sim/cage-08")).as("edge-01's subjects stay monitored").isEqualTo("quiet");
        await().atMost(Duration.ofSeconds(5)).until(() -> operator.driver.findElements(By.cssSelector(
                "#alarm-banner .alarm.medium")).stream().anyMatch(a -> a.getText().contains("AGENT OFFLINE")
                && a.getText().contains("cage-12")));
        assertThat(operator.screenshot("grid-agent-offline.png")).exists();
        var healthAfter = new io.vertx.core.json.JsonObject(operator.fetch("GET", "/health").substring(4));
        double seconds = (feed.nowUs() - healthBeforeUs) / 1e6;
        System.out.printf("measured: grid page received %.0f JSON chars/s for 6 streaming subjects (2 ch, 256 Hz) "
                + "over %.1f s; dropped trace messages: %d%n", (healthAfter.getLong("sent_chars")
                - healthBefore.getLong("sent_chars")) / seconds, seconds,
                healthAfter.getLong("dropped_trace_messages"));
    }

    @Test
    @Order(7)
    void pausedAudioShowsACountdownAndANewHighPriorityAlarmSoundsThroughIt() throws Exception {
        WebElement banner = operator.driver.findElement(By.id("alarm-banner"));
        await().atMost(Duration.ofSeconds(5)).until(() -> "medium".equals(banner.getAttribute("data-sounding")));
        operator.driver.findElement(By.id("audio-pause")).click();
        WebElement countdown = operator.driver.findElement(By.id("pause-countdown"));
        await().atMost(Duration.ofSeconds(2)).until(() -> countdown.isDisplayed()
                && countdown.getText().matches("audio paused [12]:\\d\\d"));
        assertThat(banner.getAttribute("data-sounding")).isEqualTo("none");
        assertThat(alarms(operator, signalGap.id())).as("a pause silences, it does not acknowledge").hasSize(1);
        AlertEvent onset = publisher.alert("edge-01", "cage-08", true, 1, AlertKind.SEIZURE_ONSET,
                feed.nowUs() - 4_000_000, "3 of 4 windows >= 0.50");
        await().atMost(Duration.ofSeconds(5)).until(() -> alarms(operator, onset.id()).size() == 1);
        await().atMost(Duration.ofSeconds(2)).until(() -> "high".equals(banner.getAttribute("data-sounding")));
        assertThat(countdown.getText()).contains("new alarm sounding");
    }

    @Test
    @Order(8)
    void thePageRanWithoutConsoleErrorsUnderItsContentSecurityPolicy() {
        List<String> errors = operator.consoleErrors();
        operator.script("console.error('seizmon-probe')");
        assertThat(operator.consoleErrors()).as("the check sees console errors").anyMatch(m -> m.contains("probe"));
        assertThat(errors).as("SEVERE browser console entries").isEmpty();
    }
}
