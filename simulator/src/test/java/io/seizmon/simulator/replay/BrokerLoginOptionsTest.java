package io.seizmon.simulator.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.seizmon.simulator.publish.BrokerLogin;
import io.seizmon.simulator.publish.BrokerOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The login rules: where the password comes from, what is a usage error, and that it never shows in text. */
class BrokerLoginOptionsTest {

    private static final String SECRET = "s3cr3t-Passw0rd";

    @TempDir
    Path dir;

    @Command(name = "holder")
    static final class Holder {
        @Mixin
        BrokerLoginOptions login;
    }

    private static BrokerLoginOptions parse(String... args) {
        Holder holder = new Holder();
        new CommandLine(holder).parseArgs(args);
        return holder.login;
    }

    private Path passwordFile(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void noOptionsAndNoVariableIsAnonymous() {
        assertThat(parse().given()).isFalse();
        assertThat(parse().resolve(Map.of())).isNull();
    }

    @Test
    void readsTheFirstLineOfThePasswordFile() throws IOException {
        Path file = passwordFile("pw", SECRET + "\r\nsecond line\n");

        BrokerLogin login = parse("--username", "simulator", "--password-file", file.toString()).resolve(Map.of());

        assertThat(login.username()).isEqualTo("simulator");
        assertThat(login.password()).containsExactly(SECRET.toCharArray());
    }

    @Test
    void readsAFileWithoutALineEnd() throws IOException {
        Path file = passwordFile("pw", "ünïcode pass");

        assertThat(parse("--username", "u", "--password-file", file.toString()).resolve(Map.of()).password())
                .containsExactly("ünïcode pass".toCharArray());
    }

    @Test
    void resolvesARelativePasswordFileAgainstTheCredentialsDirectory() throws IOException {
        passwordFile("broker-password", SECRET);
        Map<String, String> environment = Map.of(BrokerLoginOptions.CREDENTIALS_VARIABLE, dir.toString());

        BrokerLogin login = parse("--username", "simulator", "--password-file", "broker-password")
                .resolve(environment);

        assertThat(login.password()).containsExactly(SECRET.toCharArray());
    }

    @Test
    void keepsAnAbsolutePasswordFileAndARelativeOneWithoutCredentialsDirectory() throws IOException {
        Path file = passwordFile("pw", SECRET);
        Map<String, String> elsewhere = Map.of(BrokerLoginOptions.CREDENTIALS_VARIABLE, "/nonexistent/credentials");

        assertThat(parse("--username", "u", "--password-file", file.toString()).resolvedPasswordFile(elsewhere))
                .isEqualTo(file);
        assertThat(parse("--username", "u", "--password-file", "broker-password").resolvedPasswordFile(Map.of()))
                .isEqualTo(Path.of("broker-password"));
    }

    @Test
    void thePasswordFileComesBeforeTheVariable() throws IOException {
        Path file = passwordFile("pw", SECRET);
        Map<String, String> environment = Map.of(BrokerLoginOptions.PASSWORD_VARIABLE, "from-the-environment");

        assertThat(parse("--username", "u", "--password-file", file.toString()).resolve(environment).password())
                .containsExactly(SECRET.toCharArray());
    }

    @Test
    void takesThePasswordFromTheVariableWithoutAFile() {
        Map<String, String> environment = Map.of(BrokerLoginOptions.PASSWORD_VARIABLE, SECRET);

        assertThat(parse("--username", "u").resolve(environment).password()).containsExactly(SECRET.toCharArray());
    }

    @Test
    void aUsernameWithoutAPasswordSourceNamesTheOptionAndTheVariable() {
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--username", "u").resolve(Map.of()))
                .withMessage("--username u: no password (expected: --password-file FILE or the environment "
                        + "variable SEIZMON_SIM_BROKER_PASSWORD)");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--username", "u")
                .resolve(Map.of(BrokerLoginOptions.PASSWORD_VARIABLE, ""))).withMessageStartingWith("--username u:");
    }

    @Test
    void aPasswordWithoutAUsernameNamesItsSource() throws IOException {
        Path file = passwordFile("pw", SECRET);

        assertThatIllegalArgumentException().isThrownBy(() -> parse("--password-file", file.toString())
                .resolve(Map.of())).withMessage("--password-file: given without --username");
        assertThatIllegalArgumentException().isThrownBy(() -> parse()
                .resolve(Map.of(BrokerLoginOptions.PASSWORD_VARIABLE, SECRET)))
                .withMessageStartingWith("SEIZMON_SIM_BROKER_PASSWORD: set without --username");
    }

    @Test
    void anEmptyUsernameIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--username", "")
                .resolve(Map.of(BrokerLoginOptions.PASSWORD_VARIABLE, SECRET)))
                .withMessage("--username: '' (expected: 1 or more characters)");
    }

    @Test
    void aMissingOrEmptyPasswordFileNamesTheFile() throws IOException {
        Path missing = dir.resolve("missing");
        Path empty = passwordFile("empty", "\nsecond");

        assertThatIllegalArgumentException().isThrownBy(() -> parse("--username", "u", "--password-file",
                missing.toString()).resolve(Map.of()))
                .withMessage("--password-file " + missing + ": cannot read it (NoSuchFileException)");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--username", "u", "--password-file",
                empty.toString()).resolve(Map.of()))
                .withMessage("--password-file " + empty + ": the first line is empty (expected: the password)");
    }

    @Test
    void thereIsNoPasswordOption() {
        assertThat(new CommandLine(new Holder()).getCommandSpec().optionsMap()).containsOnlyKeys("--username",
                "--password-file");
    }

    @Test
    void theLoginNeverShowsThePasswordInText() {
        BrokerLogin login = parse("--username", "simulator").resolve(Map.of(BrokerLoginOptions.PASSWORD_VARIABLE,
                SECRET));
        BrokerOptions options = BrokerOptions.of("ssl://broker.lab:8883").withLogin(login);

        assertThat(login.toString()).contains("simulator").doesNotContain(SECRET);
        assertThat(options.toString()).contains("ssl://broker.lab:8883", "simulator").doesNotContain(SECRET);
    }

    @Test
    void theLoginKeepsItsOwnCopyOfThePassword() {
        char[] given = SECRET.toCharArray();
        BrokerLogin login = new BrokerLogin("u", given);

        given[0] = 'X';
        login.password()[1] = 'Y';

        assertThat(login.password()).containsExactly(SECRET.toCharArray());
        assertThat(login).isEqualTo(new BrokerLogin("u", SECRET.toCharArray()))
                .isNotEqualTo(new BrokerLogin("u", "other".toCharArray()));
    }
}
