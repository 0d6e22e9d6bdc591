package io.seizmon.dashboard;

import io.seizmon.dashboard.net.TrustedProxies;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Configuration of the dashboard, read from a JSON file ({@code config/dashboard.json}); every key is optional
 * and documented in {@code dashboard/README.md}. Mutable while being built (command-line overrides), then checked
 * once by {@link #validate()}, which names the first bad key and the expected value.
 *
 * <p>Not thread-safe; build it on one thread and treat it as read-only after {@link #validate()}.
 */
public final class DashboardOptions {

    /** Default MQTT broker URL. */
    public static final String DEFAULT_BROKER_URL = "tcp://localhost:1883";
    /** Default HTTP listen address: loopback only, so exposing the page is a decision. */
    public static final String DEFAULT_HTTP_HOST = "127.0.0.1";
    /** Default HTTP port. */
    public static final int DEFAULT_HTTP_PORT = 8080;
    /** Default folder of the database. */
    public static final String DEFAULT_DATA_DIR = "dashboard-data";
    /** Default seconds without frames after which a subject shows "no data". */
    public static final int DEFAULT_NO_DATA_SECONDS = 10;
    /** Default trace points per second per channel sent for a grid tile (min and max per column). */
    public static final int DEFAULT_GRID_POINTS_PER_SECOND = 100;
    /** Default trace points per second per channel sent for the detail view. */
    public static final int DEFAULT_DETAIL_POINTS_PER_SECOND = 500;
    /** Default seconds an operator can pause alarm audio. */
    public static final int DEFAULT_AUDIO_PAUSE_SECONDS = 120;
    /** Default idle minutes after which a login session ends. */
    public static final int DEFAULT_SESSION_TIMEOUT_MINUTES = 720;
    /** Default bytes queued per browser before trace points are dropped for it. */
    public static final int DEFAULT_CLIENT_QUEUE_BYTES = 256 * 1024;
    /** Shortest kiosk token, characters. */
    public static final int MIN_KIOSK_TOKEN_LENGTH = 24;

    private static final Set<String> KEYS = Set.of("brokerUrl", "mqttClientId", "httpHost", "httpPort", "dataDir",
            "tlsCertFile", "tlsKeyFile", "kiosk", "kioskToken", "noDataSeconds", "gridPointsPerSecond",
            "detailPointsPerSecond", "audioPauseSeconds", "sessionTimeoutMinutes", "clientQueueBytes",
            "initialOperator", "initialOperatorPasswordEnv", "initialOperatorPasswordFile", "mqttUsername",
            "mqttPasswordFile", "trustedProxies");

    private String brokerUrl = DEFAULT_BROKER_URL;
    private String mqttClientId;
    private String httpHost = DEFAULT_HTTP_HOST;
    private int httpPort = DEFAULT_HTTP_PORT;
    private String dataDir = DEFAULT_DATA_DIR;
    private String tlsCertFile;
    private String tlsKeyFile;
    private boolean kiosk;
    private String kioskToken;
    private int noDataSeconds = DEFAULT_NO_DATA_SECONDS;
    private int gridPointsPerSecond = DEFAULT_GRID_POINTS_PER_SECOND;
    private int detailPointsPerSecond = DEFAULT_DETAIL_POINTS_PER_SECOND;
    private int audioPauseSeconds = DEFAULT_AUDIO_PAUSE_SECONDS;
    private int sessionTimeoutMinutes = DEFAULT_SESSION_TIMEOUT_MINUTES;
    private int clientQueueBytes = DEFAULT_CLIENT_QUEUE_BYTES;
    private String initialOperator;
    private String initialOperatorPasswordEnv;
    private String initialOperatorPasswordFile;
    private String mqttUsername;
    private String mqttPasswordFile;
    private List<String> trustedProxies = List.of();

    /** Options with every default. */
    public DashboardOptions() {
    }

    /**
     * Options from a JSON object; absent keys keep their default.
     *
     * @throws IllegalArgumentException naming an unknown key or a value of the wrong JSON type
     */
    public DashboardOptions(JsonObject json) {
        for (String key : json.fieldNames()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException(key + ": unknown key (expected one of " + KEYS + ")");
            }
        }
        try {
            brokerUrl = json.getString("brokerUrl", brokerUrl);
            mqttClientId = json.getString("mqttClientId", mqttClientId);
            httpHost = json.getString("httpHost", httpHost);
            httpPort = json.getInteger("httpPort", httpPort);
            dataDir = json.getString("dataDir", dataDir);
            tlsCertFile = json.getString("tlsCertFile", tlsCertFile);
            tlsKeyFile = json.getString("tlsKeyFile", tlsKeyFile);
            kiosk = json.getBoolean("kiosk", kiosk);
            kioskToken = json.getString("kioskToken", kioskToken);
            noDataSeconds = json.getInteger("noDataSeconds", noDataSeconds);
            gridPointsPerSecond = json.getInteger("gridPointsPerSecond", gridPointsPerSecond);
            detailPointsPerSecond = json.getInteger("detailPointsPerSecond", detailPointsPerSecond);
            audioPauseSeconds = json.getInteger("audioPauseSeconds", audioPauseSeconds);
            sessionTimeoutMinutes = json.getInteger("sessionTimeoutMinutes", sessionTimeoutMinutes);
            clientQueueBytes = json.getInteger("clientQueueBytes", clientQueueBytes);
            initialOperator = json.getString("initialOperator", initialOperator);
            initialOperatorPasswordEnv = json.getString("initialOperatorPasswordEnv", initialOperatorPasswordEnv);
            initialOperatorPasswordFile = json.getString("initialOperatorPasswordFile", initialOperatorPasswordFile);
            mqttUsername = json.getString("mqttUsername", mqttUsername);
            mqttPasswordFile = json.getString("mqttPasswordFile", mqttPasswordFile);
            JsonArray proxies = json.getJsonArray("trustedProxies");
            if (proxies != null) {
                trustedProxies = strings("trustedProxies", proxies);
            }
        } catch (ClassCastException e) {
            throw new IllegalArgumentException("dashboard options: a value has the wrong JSON type: " + e.getMessage(),
                    e);
        }
    }

    private static List<String> strings(String key, JsonArray array) {
        List<String> values = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            Object value = array.getValue(i);
            if (!(value instanceof String text)) {
                throw new IllegalArgumentException(key + "[" + i + "]: " + value + " (expected: a string)");
            }
            values.add(text);
        }
        return Collections.unmodifiableList(values);
    }

    /**
     * Checks every value and returns this.
     *
     * @throws IllegalArgumentException naming the first bad key, its value and what is expected
     */
    public DashboardOptions validate() {
        checkBroker();
        require(httpHost != null && !httpHost.isBlank(), "httpHost", httpHost, "a host name or address");
        require(httpPort >= 0 && httpPort <= 65535, "httpPort", httpPort, "0..65535 (0: any free port)");
        require(dataDir != null && !dataDir.isBlank(), "dataDir", dataDir, "a folder");
        require((tlsCertFile == null) == (tlsKeyFile == null), "tlsKeyFile", tlsKeyFile,
                "set together with tlsCertFile, or neither");
        require(kioskToken == null || kioskToken.length() >= MIN_KIOSK_TOKEN_LENGTH
                && kioskToken.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_'),
                "kioskToken", kioskToken == null ? null : "(" + kioskToken.length() + " characters)",
                ">= " + MIN_KIOSK_TOKEN_LENGTH + " letters, digits, '-' or '_'");
        require(noDataSeconds >= 1 && noDataSeconds <= 3600, "noDataSeconds", noDataSeconds, "1..3600");
        require(gridPointsPerSecond >= 2 && gridPointsPerSecond <= 1000, "gridPointsPerSecond",
                gridPointsPerSecond, "2..1000");
        require(detailPointsPerSecond >= gridPointsPerSecond && detailPointsPerSecond <= 5000,
                "detailPointsPerSecond", detailPointsPerSecond,
                gridPointsPerSecond + "..5000 (>= gridPointsPerSecond)");
        require(audioPauseSeconds >= 10 && audioPauseSeconds <= 600, "audioPauseSeconds", audioPauseSeconds,
                "10..600");
        require(sessionTimeoutMinutes >= 1 && sessionTimeoutMinutes <= 7 * 24 * 60, "sessionTimeoutMinutes",
                sessionTimeoutMinutes, "1..10080");
        require(clientQueueBytes >= 16 * 1024, "clientQueueBytes", clientQueueBytes, ">= 16384");
        require(initialOperator == null || io.seizmon.dashboard.auth.UserName.isValid(initialOperator),
                "initialOperator", initialOperator, io.seizmon.dashboard.auth.UserName.RULE);
        require(mqttPasswordFile == null || mqttUsername != null, "mqttPasswordFile", mqttPasswordFile,
                "only together with mqttUsername");
        require(mqttUsername == null || !mqttUsername.isEmpty(), "mqttUsername", mqttUsername, "not empty");
        require(initialOperator == null || initialOperatorPasswordEnv != null || initialOperatorPasswordFile != null,
                "initialOperatorPasswordEnv", null,
                "initialOperatorPasswordEnv or initialOperatorPasswordFile when initialOperator is set");
        parsedTrustedProxies();
        return this;
    }

    private void checkBroker() {
        boolean ok;
        try {
            URI uri = new URI(brokerUrl);
            ok = ("tcp".equals(uri.getScheme()) || "ssl".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (Exception e) {
            ok = false;
        }
        require(ok, "brokerUrl", brokerUrl, "tcp://HOST:PORT or ssl://HOST:PORT");
    }

    private static void require(boolean ok, String key, Object value, String expected) {
        if (!ok) {
            throw new IllegalArgumentException(key + ": " + value + " (expected: " + expected + ")");
        }
    }

    /**
     * The parsed {@link #trustedProxies()}.
     *
     * @throws IllegalArgumentException {@code trustedProxies[INDEX]: "TEXT" (expected: ...)} for the first bad entry
     */
    public TrustedProxies parsedTrustedProxies() {
        try {
            return TrustedProxies.of(trustedProxies);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("trustedProxies" + e.getMessage(), e);
        }
    }

    /** Whether HTTPS is on (both TLS files set). */
    public boolean tlsEnabled() {
        return tlsCertFile != null;
    }

    /** The database folder as a path. */
    public Path dataPath() {
        return Path.of(dataDir);
    }

    public String brokerUrl() {
        return brokerUrl;
    }

    public DashboardOptions brokerUrl(String value) {
        this.brokerUrl = value;
        return this;
    }

    /** The MQTT client id, or null for a generated one. */
    public String mqttClientId() {
        return mqttClientId;
    }

    public String httpHost() {
        return httpHost;
    }

    public DashboardOptions httpHost(String value) {
        this.httpHost = value;
        return this;
    }

    public int httpPort() {
        return httpPort;
    }

    public DashboardOptions httpPort(int value) {
        this.httpPort = value;
        return this;
    }

    public String dataDir() {
        return dataDir;
    }

    public DashboardOptions dataDir(String value) {
        this.dataDir = value;
        return this;
    }

    public String tlsCertFile() {
        return tlsCertFile;
    }

    public String tlsKeyFile() {
        return tlsKeyFile;
    }

    /** Whether anyone may view the grid read-only without logging in. */
    public boolean kiosk() {
        return kiosk;
    }

    public DashboardOptions kiosk(boolean value) {
        this.kiosk = value;
        return this;
    }

    /** The secret of the read-only URL {@code /kiosk/TOKEN}, or null when there is none. */
    public String kioskToken() {
        return kioskToken;
    }

    public DashboardOptions kioskToken(String value) {
        this.kioskToken = value;
        return this;
    }

    public int noDataSeconds() {
        return noDataSeconds;
    }

    public DashboardOptions noDataSeconds(int value) {
        this.noDataSeconds = value;
        return this;
    }

    public int gridPointsPerSecond() {
        return gridPointsPerSecond;
    }

    public int detailPointsPerSecond() {
        return detailPointsPerSecond;
    }

    public int audioPauseSeconds() {
        return audioPauseSeconds;
    }

    public int sessionTimeoutMinutes() {
        return sessionTimeoutMinutes;
    }

    public int clientQueueBytes() {
        return clientQueueBytes;
    }

    public String initialOperator() {
        return initialOperator;
    }

    public String initialOperatorPasswordEnv() {
        return initialOperatorPasswordEnv;
    }

    public String initialOperatorPasswordFile() {
        return initialOperatorPasswordFile;
    }

    /** The broker user name, or null for an anonymous connection. */
    public String mqttUsername() {
        return mqttUsername;
    }

    /** The file holding the broker password (relative to {@code $CREDENTIALS_DIRECTORY} when set), or null. */
    public String mqttPasswordFile() {
        return mqttPasswordFile;
    }

    /**
     * The reverse proxies whose {@code X-Forwarded-For} header is believed for the client address: IP addresses
     * or CIDR blocks as text; empty (the default) trusts nobody.
     */
    public List<String> trustedProxies() {
        return trustedProxies;
    }

    /** Sets {@link #trustedProxies()}; the entries are checked by {@link #validate()}. */
    public DashboardOptions trustedProxies(List<String> value) {
        this.trustedProxies = Collections.unmodifiableList(new ArrayList<>(value));
        return this;
    }
}
