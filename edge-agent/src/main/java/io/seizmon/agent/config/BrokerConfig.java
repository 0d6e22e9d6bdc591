package io.seizmon.agent.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How the agent reaches its MQTT broker ({@code seizmon.agent.broker.*}, e.g. {@code SEIZMON_AGENT_BROKER_URL}).
 *
 * @param url                  {@code tcp://HOST:PORT} (TCP_NODELAY set) or {@code ssl://HOST:PORT}
 * @param clientId             MQTT client id; blank means {@code seizmon-agent-<agent id>}
 * @param username             user name, or null for anonymous
 * @param password             password, or null
 * @param keepAlive            MQTT keep-alive interval, 1 s to 18 h
 * @param connectTimeout       how long one connection attempt may take
 * @param reconnectMin         first reconnect delay
 * @param reconnectMax         longest reconnect delay (the delay doubles up to it), &ge; reconnectMin
 * @param reconnectJitter      fraction of each delay drawn at random, 0 to 1 (0.5: delay x [0.5, 1.0])
 * @param trustStore           TLS trust store (PKCS12 or JKS) for {@code ssl://}, or null for the JVM's default
 * @param trustStorePassword   its password, or null
 * @param keyStore             TLS client key store for mutual TLS, or null
 * @param keyStorePassword     its password, or null
 */
@ConfigurationProperties("seizmon.agent.broker")
public record BrokerConfig(
        @NotBlank @Pattern(regexp = "(tcp|ssl)://.+", message = "expected: tcp://HOST:PORT or ssl://HOST:PORT")
        @Bindable(defaultValue = DEFAULT_URL) String url,
        @Nullable String clientId,
        @Nullable String username,
        @Nullable String password,
        @NotNull @Bindable(defaultValue = "30s") Duration keepAlive,
        @NotNull @Bindable(defaultValue = "10s") Duration connectTimeout,
        @NotNull @Bindable(defaultValue = "100ms") Duration reconnectMin,
        @NotNull @Bindable(defaultValue = "30s") Duration reconnectMax,
        @DecimalMin("0.0") @DecimalMax("1.0") @Bindable(defaultValue = "0.5") double reconnectJitter,
        @Nullable Path trustStore,
        @Nullable String trustStorePassword,
        @Nullable Path keyStore,
        @Nullable String keyStorePassword) {

    /** Default broker: Debian's mosquitto on this machine. */
    public static final String DEFAULT_URL = "tcp://localhost:1883";
    private static final String PREFIX = "seizmon.agent.broker.";

    /** @throws IllegalArgumentException naming the key when a value is out of range */
    public BrokerConfig {
        Durations.requireRange(PREFIX + "keep-alive", keepAlive, Duration.ofSeconds(1), Duration.ofHours(18));
        Durations.requireRange(PREFIX + "connect-timeout", connectTimeout, Duration.ofSeconds(1),
                Duration.ofMinutes(10));
        Durations.requireRange(PREFIX + "reconnect-min", reconnectMin, Duration.ofMillis(1), Duration.ofHours(1));
        Durations.requireRange(PREFIX + "reconnect-max", reconnectMax, reconnectMin, Duration.ofHours(1));
        if (keyStore != null && !url.startsWith("ssl://")) {
            throw new IllegalArgumentException(PREFIX + "key-store: " + keyStore
                    + " (expected: only with an ssl:// url, found " + url + ")");
        }
    }

    /** Returns the client id, derived from the agent id when none is configured. */
    public String clientIdFor(String agentId) {
        return clientId == null || clientId.isBlank() ? "seizmon-agent-" + agentId : clientId;
    }

    /** Returns this configuration with another URL (the command line's {@code --broker}). */
    public BrokerConfig withUrl(String newUrl) {
        return new BrokerConfig(newUrl, clientId, username, password, keepAlive, connectTimeout, reconnectMin,
                reconnectMax, reconnectJitter, trustStore, trustStorePassword, keyStore, keyStorePassword);
    }
}
