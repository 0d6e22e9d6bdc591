package io.seizmon.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The broker login's password file, and the options that name it. */
class CredentialFileTest {

    @TempDir
    Path dir;

    @Test
    void readsARelativeFileFromTheCredentialsDirectory() throws IOException {
        Files.writeString(dir.resolve("broker-password"), "  s3cret\n");

        char[] secret = CredentialFile.read("mqttPasswordFile", "broker-password",
                Map.of("CREDENTIALS_DIRECTORY", dir.toString()));

        assertThat(new String(secret)).isEqualTo("s3cret");
    }

    @Test
    void refusesAMissingOrEmptyFileNamingTheKey() throws IOException {
        assertThatThrownBy(() -> CredentialFile.read("mqttPasswordFile", dir.resolve("nope").toString(), Map.of()))
                .hasMessageStartingWith("mqttPasswordFile: " + dir.resolve("nope"));
        Path empty = Files.writeString(dir.resolve("empty"), "\n");
        assertThatThrownBy(() -> CredentialFile.read("mqttPasswordFile", empty.toString(), Map.of()))
                .hasMessageContaining("found an empty one");
    }

    @Test
    void optionsTakeABrokerLoginAndRefuseAPasswordWithoutUser() {
        DashboardOptions options = new DashboardOptions(new JsonObject().put("mqttUsername", "dashboard")
                .put("mqttPasswordFile", "broker-password")).validate();
        assertThat(options.mqttUsername()).isEqualTo("dashboard");
        assertThat(options.mqttPasswordFile()).isEqualTo("broker-password");

        assertThatThrownBy(() -> new DashboardOptions(new JsonObject().put("mqttPasswordFile", "broker-password"))
                .validate()).hasMessageStartingWith("mqttPasswordFile: broker-password");
    }
}
