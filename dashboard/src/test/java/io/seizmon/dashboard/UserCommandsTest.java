package io.seizmon.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.seizmon.dashboard.auth.PasswordHash;
import io.seizmon.dashboard.auth.Role;
import io.seizmon.dashboard.auth.User;
import io.seizmon.dashboard.store.Database;
import io.seizmon.dashboard.store.UserStore;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dashboard user remove} and {@code user passwd} as {@code seizmon dashboard} runs them, on a real H2 file. */
class UserCommandsTest {

    private static final String OLD_PASSWORD = "olivia-old-pass";
    private static final String NEW_PASSWORD = "olivia-new-pass";
    private static final String HOLDING = "holding the database";

    @TempDir
    Path folder;

    private final InputStream stdin = System.in;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void addUsers() throws Exception {
        try (Database db = Database.open(folder)) {
            UserStore users = new UserStore(db);
            users.add(new User("olivia", Role.OPERATOR, PasswordHash.of(OLD_PASSWORD.toCharArray())));
            users.add(new User("victor", Role.VIEWER, PasswordHash.of("victor-pass-12".toCharArray())));
        }
    }

    @AfterEach
    void restoreStdin() {
        System.setIn(stdin);
    }

    private int run(String stdinText, String... args) {
        System.setIn(new ByteArrayInputStream(stdinText.getBytes(StandardCharsets.UTF_8)));
        CommandLine commandLine = DashboardMain.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private boolean passwordWorks(String name, String password) throws Exception {
        try (Database db = Database.open(folder)) {
            return new UserStore(db).authenticate(name, password.toCharArray()).isPresent();
        }
    }

    @Test
    void removeAndPasswdNameAnUnknownUser() {
        assertThat(run("", "user", "remove", "nobody", "--data-dir", folder.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("seizmon dashboard: user nobody: no such user in ");
        assertThat(run("new-password-1\n", "user", "passwd", "nobody", "--password-stdin",
                "--data-dir", folder.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("\nseizmon dashboard: user nobody: no such user in ");
    }

    @Test
    void removeDeletesTheUserAndWarnsOnlyForTheLastOperator() throws Exception {
        assertThat(run("", "user", "remove", "victor", "--data-dir", folder.toString())).isEqualTo(0);
        assertThat(out.toString()).startsWith("user victor (viewer) removed from ");
        assertThat(err.toString()).isEmpty();

        assertThat(run("", "user", "remove", "olivia", "--data-dir", folder.toString())).isEqualTo(0);
        assertThat(err.toString()).startsWith("warning: olivia was the last operator");
        try (Database db = Database.open(folder)) {
            assertThat(new UserStore(db).count()).isZero();
        }
    }

    @Test
    void passwdReplacesThePasswordOldFailsNewWorks() throws Exception {
        assertThat(run(NEW_PASSWORD + "\n", "user", "passwd", "olivia", "--password-stdin",
                "--data-dir", folder.toString())).as(err.toString()).isEqualTo(0);
        assertThat(out.toString()).startsWith("user olivia: password changed in ");
        assertThat(passwordWorks("olivia", OLD_PASSWORD)).isFalse();
        assertThat(passwordWorks("olivia", NEW_PASSWORD)).isTrue();
    }

    @Test
    void passwdRefusesAShortPasswordAndKeepsTheOldOne() throws Exception {
        assertThat(run("short\n", "user", "passwd", "olivia", "--password-stdin",
                "--data-dir", folder.toString())).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("seizmon dashboard: password: 5 characters (expected: >= 10)\n");
        assertThat(passwordWorks("olivia", OLD_PASSWORD)).isTrue();
    }

    @Test
    void aDatabaseHeldByAnotherProcessIsNamedAsLocked() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), UserCommandsTest.class.getName(), folder.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader childOut = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = childOut.readLine();
            } while (line != null && !line.equals(HOLDING));
            assertThat(line).as("the child's output ended before it opened the database").isEqualTo(HOLDING);
            Path staleSocket = folder.resolve("admin").resolve("admin.sock");
            Files.createDirectories(staleSocket.getParent());
            Files.writeString(staleSocket, "left by a crash"); // exists, but nobody answers on it
            assertThat(run("", "user", "remove", "victor", "--data-dir", folder.toString())).isEqualTo(1);
            assertThat(err.toString()).startsWith("seizmon dashboard: user victor: database ")
                    .contains("dashboard.mv.db is locked by another process; no running dashboard answered on "
                            + folder.toAbsolutePath().resolve("admin").resolve("admin.sock"))
                    .contains("expected: the dashboard running, or stopped while users are changed)");
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(run("", "user", "remove", "victor", "--data-dir", folder.toString())).as("lock gone").isEqualTo(0);
    }

    /** The child for the lock test: opens the database (as a running dashboard does) and waits to be killed. */
    public static void main(String[] args) throws Exception {
        Database.open(Path.of(args[0]));
        System.out.println(HOLDING);
        System.out.flush();
        System.in.read();
        Runtime.getRuntime().halt(0);
    }
}
