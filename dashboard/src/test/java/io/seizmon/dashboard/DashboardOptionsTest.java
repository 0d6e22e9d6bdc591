package io.seizmon.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Arrays;
import java.util.List;
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

    @Test
    void trustsNoProxyByDefault() {
        DashboardOptions options = new DashboardOptions().validate();
        assertThat(options.trustedProxies()).isEmpty();
        assertThat(options.parsedTrustedProxies().clientAddress("127.0.0.1", List.of("203.0.113.7")))
                .isEqualTo("127.0.0.1");
    }

    @Test
    void readsTrustedProxiesAddressesAndBlocks() {
        DashboardOptions options = new DashboardOptions(new JsonObject().put("trustedProxies",
                new JsonArray().add("10.0.0.0/8").add("127.0.0.1").add("::1").add("fd00::/8"))).validate();
        assertThat(options.trustedProxies()).containsExactly("10.0.0.0/8", "127.0.0.1", "::1", "fd00::/8");
        assertThat(options.parsedTrustedProxies().size()).isEqualTo(4);
        assertThat(options.parsedTrustedProxies().clientAddress("10.1.2.3", List.of("203.0.113.7")))
                .isEqualTo("203.0.113.7");
    }

    @Test
    void rejectsABadTrustedProxyNamingItsIndexAndTheExpectedForm() {
        assertThatThrownBy(() -> new DashboardOptions(new JsonObject().put("trustedProxies",
                new JsonArray().add("127.0.0.1").add("nginx.local"))).validate())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("trustedProxies[1]: \"nginx.local\" "
                        + "(expected: an IP address or CIDR block such as 10.0.0.0/8)");
        assertThatThrownBy(() -> new DashboardOptions().trustedProxies(List.of("10.0.0.0/33")).validate())
                .hasMessage("trustedProxies[0]: \"10.0.0.0/33\" "
                        + "(expected: an IP address or CIDR block such as 10.0.0.0/8)");
        assertThatThrownBy(() -> new DashboardOptions().trustedProxies(List.of("::1", "10.1.0.0/8")).validate())
                .hasMessage("trustedProxies[1]: \"10.1.0.0/8\" "
                        + "(expected: a CIDR block with no bits set after the prefix, such as 10.0.0.0/8)");
        assertThatThrownBy(() -> new DashboardOptions().trustedProxies(Arrays.asList("::1", null)).validate())
                .hasMessage("trustedProxies[1]: null (expected: an IP address or CIDR block such as 10.0.0.0/8)");
    }

    @Test
    void rejectsTrustedProxiesOfTheWrongJsonType() {
        assertThatThrownBy(() -> new DashboardOptions(new JsonObject().put("trustedProxies", "127.0.0.1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wrong JSON type");
        assertThatThrownBy(() -> new DashboardOptions(new JsonObject().put("trustedProxies",
                new JsonArray().add("127.0.0.1").add(8))))
                .hasMessage("trustedProxies[1]: 8 (expected: a string)");
    }
}
