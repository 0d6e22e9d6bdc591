package io.seizmon.agent.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrokerConfigTest {

    @TempDir
    Path dir;

    @Test
    void readsThePasswordFromACredentialFileRelativeToTheCredentialsDirectory() throws IOException {
        Files.writeString(dir.resolve("broker-password"), "s3cret\nignored second line\n");

        char[] password = config(null, Path.of("broker-password"))
                .resolvePassword(Map.of("CREDENTIALS_DIRECTORY", dir.toString()));

        assertThat(password).containsExactly('s', '3', 'c', 'r', 'e', 't');
    }

    @Test
    void takesThePasswordValueWhenNoFileIsConfiguredAndNoneWhenNeither() {
        assertThat(config("plain", null).resolvePassword(Map.of())).containsExactly('p', 'l', 'a', 'i', 'n');
        assertThat(config(null, null).resolvePassword(Map.of())).isNull();
    }

    @Test
    void refusesAMissingOrEmptyPasswordFileNamingKeyAndFile() throws IOException {
        Path missing = dir.resolve("nope");
        assertThatThrownBy(() -> config(null, missing).resolvePassword(Map.of()))
                .hasMessageStartingWith("seizmon.agent.broker.password-file: " + missing);
        Path empty = Files.writeString(dir.resolve("empty"), "");
        assertThatThrownBy(() -> config(null, empty).resolvePassword(Map.of()))
                .hasMessageContaining("found an empty file");
    }

    @Test
    void refusesPasswordAndPasswordFileTogether() {
        assertThatThrownBy(() -> config("plain", Path.of("broker-password")))
                .hasMessage("seizmon.agent.broker.password-file: broker-password (expected: not together with "
                        + "seizmon.agent.broker.password)");
    }

    private static BrokerConfig config(String password, Path passwordFile) {
        return new BrokerConfig("tcp://localhost:1883", null, "edge-01", password, passwordFile,
                Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofMillis(100), Duration.ofSeconds(30), 0.5,
                null, null, null, null);
    }
}
