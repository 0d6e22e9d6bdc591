package io.seizmon.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The dashboard's JSON API as an operator uses it ({@code POST /api/login}, then the session cookie and the CSRF
 * header): events, subjects, acknowledge, health. Logs in again when the session is gone (a restarted dashboard).
 * Calls return empty while the dashboard does not answer. Not thread-safe.
 */
final class DashboardClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final String base;
    private final String user;
    private final String password;
    private final HttpClient http;
    private String csrf;

    DashboardClient(String base, String user, String password) {
        this.base = base;
        this.user = user;
        this.password = password;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** {@code GET /health} (public), or empty while the dashboard does not answer. */
    Optional<JsonNode> health() {
        return send(HttpRequest.newBuilder(URI.create(base + "/health")).GET()).map(r -> parse(r.body()));
    }

    /** Every stored event ({@code GET /api/events?limit=100000}), newest first; empty while unreachable. */
    Optional<List<JsonNode>> events() {
        return getApi("/api/events?limit=100000").map(DashboardClient::elements);
    }

    /** The grid's subjects ({@code GET /api/subjects}); empty while unreachable. */
    Optional<List<JsonNode>> subjects() {
        return getApi("/api/subjects").map(DashboardClient::elements);
    }

    /** The subject {@code sim/<subject>} as the grid shows it, if the dashboard knows it. */
    Optional<JsonNode> subject(String subject) {
        return subjects().flatMap(list -> list.stream().filter(s -> s.path("subject").asText().equals(subject))
                .findFirst());
    }

    /** {@code POST /api/events/ID/acknowledge}: the HTTP status and the event as returned. */
    HttpResponse<String> acknowledge(String eventId) {
        ensureLoggedIn();
        String path = "/api/events/" + URLEncoder.encode(eventId, StandardCharsets.UTF_8).replace("+", "%20")
                + "/acknowledge";
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("X-CSRF-Token", csrf)
                .POST(HttpRequest.BodyPublishers.noBody()))
                .orElseThrow(() -> new IllegalStateException("dashboard at " + base + " does not answer"));
    }

    private Optional<JsonNode> getApi(String path) {
        if (!ensureLoggedIn()) {
            return Optional.empty();
        }
        Optional<HttpResponse<String>> response = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        if (response.isPresent() && response.get().statusCode() == 401) {
            csrf = null; // a restarted dashboard forgot the session
            return Optional.empty();
        }
        return response.filter(r -> r.statusCode() == 200).map(r -> parse(r.body()));
    }

    private boolean ensureLoggedIn() {
        if (csrf != null) {
            return true;
        }
        String body = JSON.createObjectNode().put("name", user).put("password", password).toString();
        Optional<HttpResponse<String>> response = send(HttpRequest.newBuilder(URI.create(base + "/api/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        if (response.isEmpty() || response.get().statusCode() != 200) {
            return false;
        }
        csrf = parse(response.get().body()).path("csrf").asText();
        return true;
    }

    private Optional<HttpResponse<String>> send(HttpRequest.Builder request) {
        try {
            return Optional.of(http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("dashboard answered no JSON: " + body, e);
        }
    }

    private static List<JsonNode> elements(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }
}
