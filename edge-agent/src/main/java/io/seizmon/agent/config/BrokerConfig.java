package io.seizmon.agent.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * How the agent reaches its MQTT broker ({@code seizmon.agent.broker.*}, e.g. {@code SEIZMON_AGENT_BROKER_URL}).
 *
 * @param url                  {@code tcp://HOST:PORT} (TCP_NODELAY set) or {@code ssl://HOST:PORT}
 * @param clientId             MQTT client id; blank means {@code seizmon-agent-<agent id>}
 * @param username             user name, or null for anonymous
 * @param password             password, or null (prefer {@code passwordFile}: a value here shows in the environment)
 * @param passwordFile         file whose first line is the password, or null; a relative path is resolved against
 *                             {@code $CREDENTIALS_DIRECTORY} when set (systemd {@code LoadCredential=}), else the
 *                             working directory. At most one of {@code password} and {@code passwordFile}
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
        @Nullable Path passwordFile,
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
        if (password != null && passwordFile != null) {
            throw new IllegalArgumentException(PREFIX + "password-file: " + passwordFile
                    + " (expected: not together with " + PREFIX + "password)");
        }
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
        return new BrokerConfig(newUrl, clientId, username, password, passwordFile, keepAlive, connectTimeout,
                reconnectMin, reconnectMax, reconnectJitter, trustStore, trustStorePassword, keyStore,
                keyStorePassword);
    }

    /**
     * Returns the password to log in with, or null for none: {@code password}, or the first line of
     * {@code passwordFile} resolved as documented.
     *
     * @param environment the process environment (for {@code CREDENTIALS_DIRECTORY})
     * @throws IllegalArgumentException naming the key and the file when the file cannot be read or is empty
     */
    public char[] resolvePassword(Map<String, String> environment) {
        if (passwordFile == null) {
            return password == null ? null : password.toCharArray();
        }
        String credentials = environment.get("CREDENTIALS_DIRECTORY");
        Path file = passwordFile.isAbsolute() || credentials == null ? passwordFile
                : Path.of(credentials).resolve(passwordFile);
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = reader.readLine();
            if (line == null || line.isEmpty()) {
                throw new IllegalArgumentException(PREFIX + "password-file: " + file
                        + " (expected: the password on its first line, found an empty file)");
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new IllegalArgumentException(PREFIX + "password-file: " + file + " (expected: a readable file: "
                    + e.getMessage() + ")", e);
        }
    }
}
