package io.seizmon.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class DashboardOptionsTest {

    @Test
    void defaultsAreValid() {
        DashboardOptions options = new DashboardOptions().validate();
        assertThat(options.httpPort()).isEqualTo(DashboardOptions.DEFAULT_HTTP_PORT);
        assertThat(options.brokerUrl()).isEqualTo(DashboardOptions.DEFAULT_BROKER_URL);
        assertThat(options.tlsEnabled()).isFalse();
    }

    @Test
    void readsEveryKeyFromJson() {
        DashboardOptions options = new DashboardOptions(new JsonObject().put("httpPort", 9090)
                .put("brokerUrl", "tcp://broker:1883").put("kiosk", true).put("noDataSeconds", 5)
                .put("dataDir", "/var/lib/x")).validate();
        assertThat(options.httpPort()).isEqualTo(9090);
        assertThat(options.brokerUrl()).isEqualTo("tcp://broker:1883");
        assertThat(options.kiosk()).isTrue();
        assertThat(options.noDataSeconds()).isEqualTo(5);
        assertThat(options.dataDir()).isEqualTo("/var/lib/x");
    }

    @Test
    void rejectsUnknownKeyNamingIt() {
        assertThatThrownBy(() -> new DashboardOptions(new JsonObject().put("htpPort", 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("htpPort: unknown key");
    }

    @Test
    void rejectsBadValuesNamingKeyValueAndExpectation() {
        assertThatThrownBy(() -> new DashboardOptions().httpPort(70000).validate())
                .hasMessage("httpPort: 70000 (expected: 0..65535 (0: any free port))");
        assertThatThrownBy(() -> new DashboardOptions().brokerUrl("http://x").validate())
                .hasMessageStartingWith("brokerUrl: http://x (expected:");
        assertThatThrownBy(() -> new DashboardOptions().noDataSeconds(0).validate())
                .hasMessage("noDataSeconds: 0 (expected: 1..3600)");
        assertThatThrownBy(() -> new DashboardOptions().kioskToken("short").validate())
                .hasMessageStartingWith("kioskToken:");
    }

    @Test
    void rejectsWrongJsonType() {
        assertThatThrownBy(() -> new DashboardOptions(new JsonObject().put("httpPort", "80")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wrong JSON type");
    }

    @Test
    void tlsNeedsBothFiles() {
        assertThatThrownBy(() -> new DashboardOptions(new JsonObject().put("tlsCertFile", "c.pem")).validate())
                .hasMessageStartingWith("tlsKeyFile: null");
    }

    @Test
    void initialOperatorNeedsAPasswordSourceNeverADefault() {
        assertThatThrownBy(() -> new DashboardOptions(new JsonObject().put("initialOperator", "alice")).validate())
                .hasMessageStartingWith("initialOperatorPasswordEnv: null");
        new DashboardOptions(new JsonObject().put("initialOperator", "alice")
                .put("initialOperatorPasswordEnv", "PW")).validate();
    }
}
