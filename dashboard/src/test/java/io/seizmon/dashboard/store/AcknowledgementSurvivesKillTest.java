package io.seizmon.dashboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An acknowledgement committed by a process that is then SIGKILLed (no H2 shutdown, no JVM exit hooks) is in the
 * file when the database is opened again: the drills' lost-acknowledgement issue ({@code system-tests/README.md}).
 * The writer runs in a child JVM ({@link #main}) so that the kill is real.
 */
class AcknowledgementSurvivesKillTest {

    private static final String READY = "acknowledged";

    @TempDir
    Path folder;

    @Test
    void acknowledgementCommittedBeforeAKillIsThereAfterReopening() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AcknowledgementSurvivesKillTest.class.getName(),
                folder.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals(READY));
            assertThat(line).as("the child's output ended before it acknowledged").isEqualTo(READY);
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        try (Database db = Database.open(folder)) {
            DashboardEvent event = new EventStore(db).find("a").orElseThrow();
            assertThat(event.acknowledgement()).isEqualTo(new Acknowledgement("a", "alice", 5555));
        }
    }

    /** The child: stores an event, acknowledges it, says so, then waits to be killed (never closes the database). */
    public static void main(String[] args) throws Exception {
        Database db = Database.open(Path.of(args[0]));
        EventStore store = new EventStore(db);
        store.insertIfAbsent(EventStoreTest.event("a", "cage-01", "seizure_onset", "high", 10));
        store.acknowledge("a", "alice", 5555);
        System.out.println(READY);
        System.out.flush();
        System.in.read();
        Runtime.getRuntime().halt(0);
    }
}
