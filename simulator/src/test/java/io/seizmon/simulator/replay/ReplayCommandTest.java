package io.seizmon.simulator.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.seizmon.simulator.SimulatorMain;
import io.seizmon.simulator.source.EdfFixture;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: exit status and one clear message on stderr, no stack trace, for every kind of bad input. */
class ReplayCommandTest {

    @TempDir
    Path dir;

    private Path good;
    private String unreachableBroker;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeAGoodFileAndFindAClosedPort() throws IOException {
        good = EdfFixture.write(dir.resolve("good.edf"), List.of(EdfFixture.signal("A", "uV", 64)), 3, List.of());
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            unreachableBroker = "tcp://127.0.0.1:" + socket.getLocalPort();
        }
    }

    @Test
    void corruptFileExitsWithTwoNamingFileOffsetAndField() throws IOException {
        Path corrupt = Files.write(dir.resolve("corrupt.edf"), Files.readAllBytes(good));
        Files.write(corrupt, "9".getBytes(StandardCharsets.US_ASCII), StandardOpenOption.WRITE);
        assertThat(run("replay", "--broker", unreachableBroker, corrupt.toString())).isEqualTo(2);
        assertError("seizmon simulate replay: " + corrupt + ": byte 0, version");
    }

    @Test
    void truncatedFileExitsWithTwo() throws IOException {
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = Files.write(dir.resolve("truncated.edf"), Arrays.copyOf(bytes, bytes.length - 7));
        assertThat(run("replay", "--broker", unreachableBroker, truncated.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("number of data records");
        assertError("seizmon simulate replay: " + truncated + ": byte ");
    }

    @Test
    void unknownFormatAndMissingFileExitWithTwo() throws IOException {
        Path unknown = Files.writeString(dir.resolve("notes.xyz"), "hello");
        assertThat(run("replay", "--broker", unreachableBroker, unknown.toString())).isEqualTo(2);
        assertError("seizmon simulate replay: " + unknown + ": unknown recording format");
        Path missing = dir.resolve("missing.edf");
        assertThat(run("replay", "--broker", unreachableBroker, missing.toString())).isEqualTo(2);
        assertError("seizmon simulate replay: " + missing + ": no such file");
    }

    @Test
    void textWithoutRateExitsWithTwoAskingForIt() throws IOException {
        Path text = Files.writeString(dir.resolve("Z001.txt"), "1\n2\n");
        assertThat(run("replay", "--broker", unreachableBroker, text.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--rate HZ");
        assertError("seizmon simulate replay: " + text + ": sampleRateHz: NaN");
    }

    @Test
    void badOptionsExitWithTwoAndUsage() {
        assertThat(run("replay", "--speed", "fast", good.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("speed: 'fast' (expected: a number > 0 such as 1 or 10, or max)")
                .contains("Usage:");
        assertThat(run("replay", "--subject", "Cage 7", good.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--subject 'Cage 7' (expected: 1 to 64 of a-z 0-9 . _ -");
        assertThat(run("replay", "--subject", "a", good.toString(), good.toString())).isEqualTo(2);
        assertThat(err.toString())
                .contains("--subject: given 1 times (expected: once per FILE, 2 times, or not at all)");
        assertThat(run("replay", "--start", "10:75", good.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("'10:75': 75 is not below 60");
        assertThat(run("replay")).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString()).contains("a subcommand is required: replay");
    }

    @Test
    void startBeyondTheEndExitsWithTwo() {
        assertThat(run("replay", "--broker", unreachableBroker, "--start", "00:00:03", good.toString())).isEqualTo(2);
        assertError("seizmon simulate replay: " + good + ": start 3.0 s is at or beyond the end of the recording");
    }

    @Test
    void unreachableBrokerExitsWithOneNamingIt() {
        assertThat(run("replay", "--broker", unreachableBroker, good.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("Connection refused");
        assertError("seizmon simulate replay: cannot connect to the MQTT broker at " + unreachableBroker + ": ");
    }

    @Test
    void helpExitsWithZero() {
        assertThat(run("replay", "--help")).isZero();
        assertThat(out.toString()).contains("--speed=1|10|max", "--loop", "--start", "--chunk-ms", "--quiet");
    }

    private int run(String... args) {
        return SimulatorMain.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private void assertError(String start) {
        assertThat(err.toString()).startsWith(start).doesNotContain("\tat ").doesNotContain("Exception");
        err.getBuffer().setLength(0);
    }
}
