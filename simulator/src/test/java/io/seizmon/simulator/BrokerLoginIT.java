package io.seizmon.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.seizmon.core.wire.EegFrame;
import io.seizmon.simulator.synth.SyntheticSource;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulator logs in to a broker configured like production (no anonymous access, password file, the repository's
 * ACL, a TLS listener): with the right password {@code synth --live} streams to a logged-in subscriber, over plain
 * TCP and over {@code ssl://} with the CA from {@code -Djavax.net.ssl.trustStore}; with a wrong one, or none, it
 * exits 1 naming the broker and the refusal.
 */
class BrokerLoginIT {

    private static final String SIMULATOR_PASSWORD = "sim-Pa55word";
    private static final String DASHBOARD_PASSWORD = "dash-Pa55word";
    private static final int SECONDS = 20;
    private static final double RATE_HZ = 250;

    @TempDir
    static Path directory;

    private static LoginBroker broker;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = LoginBroker.start(directory, "simulator", SIMULATOR_PASSWORD, "dashboard", DASHBOARD_PASSWORD);
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void streamsWithTheRightPasswordFromAFile() throws Exception {
        Path passwordFile = Files.writeString(directory.resolve("simulator.broker-password"), SIMULATOR_PASSWORD);

        assertStreams(broker.plainUrl(), "--password-file", passwordFile.toString());
    }

    @Test
    void streamsOverTlsWithTheCaFromTheDefaultTrustStore() throws Exception {
        Path passwordFile = Files.writeString(directory.resolve("tls.broker-password"), SIMULATOR_PASSWORD + "\n");
        System.setProperty("javax.net.ssl.trustStore", broker.trustStore().toString());
        System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
        System.setProperty("javax.net.ssl.trustStorePassword", LoginBroker.TRUST_STORE_PASSWORD);
        try {
            assertStreams(broker.tlsUrl(), "--password-file", passwordFile.toString());
        } finally {
            System.clearProperty("javax.net.ssl.trustStore");
            System.clearProperty("javax.net.ssl.trustStoreType");
            System.clearProperty("javax.net.ssl.trustStorePassword");
        }
    }

    @Test
    void aWrongPasswordExitsWithOneNamingTheBrokerAndTheRefusal() throws Exception {
        Path passwordFile = Files.writeString(directory.resolve("wrong.broker-password"), "not-the-password");

        StringWriter err = new StringWriter();
        int status = synthLive(err, broker.plainUrl(), "--username", "simulator", "--password-file",
                passwordFile.toString());

        assertThat(status).as("exit status; stderr: %s", err).isEqualTo(1);
        assertThat(err.toString()).startsWith("seizmon simulate synth: ").contains(broker.plainUrl())
                .containsIgnoringCase("not authori").contains("check the password of user 'simulator'")
                .doesNotContain("not-the-password").doesNotContain("\tat ");
    }

    @Test
    void noLoginExitsWithOneSayingTheBrokerWantsOne() {
        StringWriter err = new StringWriter();
        int status = synthLive(err, broker.plainUrl());

        assertThat(status).as("exit status; stderr: %s", err).isEqualTo(1);
        assertThat(err.toString()).contains(broker.plainUrl()).containsIgnoringCase("not authori")
                .contains("the broker wants a login (--username, --password-file)");
    }

    private static void assertStreams(String url, String... passwordArgs) throws Exception {
        String subject = SyntheticSource.subjectId(0);
        try (TopicRecorder recorder = TopicRecorder.subscribe(broker.plainUrl(), subject, "dashboard",
                DASHBOARD_PASSWORD)) {
            List<String> login = new ArrayList<>(List.of("--username", "simulator"));
            login.addAll(List.of(passwordArgs));
            StringWriter err = new StringWriter();
            int status = synthLive(err, url, login.toArray(String[]::new));

            assertThat(status).as("exit status; stderr: %s; broker log: %s", err, broker.log()).isZero();
            await().atMost(Duration.ofSeconds(30)).until(recorder::streamEnded);
            List<EegFrame> frames = recorder.frames();
            assertThat(frames).extracting(EegFrame::sequence)
                    .containsExactlyElementsOf(LongStream.range(0, frames.size()).boxed().toList());
            assertThat(frames.stream().mapToLong(EegFrame::samplesPerChannel).sum())
                    .isEqualTo((long) (SECONDS * RATE_HZ));
        }
    }

    private static int synthLive(StringWriter err, String url, String... login) {
        List<String> args = new ArrayList<>(List.of("synth", "--live", "--broker", url, "--speed", "max", "--quiet",
                "--rate", String.valueOf((int) RATE_HZ), "--duration", SECONDS + "s", "--seed", "3"));
        args.addAll(List.of(login));
        return SimulatorMain.execute(args.toArray(String[]::new), new PrintWriter(new StringWriter()),
                new PrintWriter(err));
    }
}
