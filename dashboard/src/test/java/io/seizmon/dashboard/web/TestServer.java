package io.seizmon.dashboard.web;

import io.seizmon.dashboard.DashboardOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A real {@link DashboardServer} for HTTP tests, on the loopback port the options give (0: any free port), with no
 * MQTT connection ({@code /health} says disconnected, nothing rejected) and the test's clock, and a
 * {@link WebClient} aimed at it that does not follow redirects.
 *
 * @param server the running server; close it with {@code await(server.close())}
 * @param client a client of it
 */
public record TestServer(DashboardServer server, WebClient client) {

    /** No broker: never connected, nothing rejected. */
    static final MqttHealth NO_MQTT = new MqttHealth() {
        @Override
        public boolean connected() {
            return false;
        }

        @Override
        public long rejected() {
            return 0;
        }
    };

    /** Starts a server with {@code options} (validated by the caller) and the clock {@code clockMs}. */
    public static TestServer start(Vertx vertx, DashboardOptions options, LongSupplier clockMs) throws Exception {
        DashboardServer server = await(DashboardServer.start(vertx, options, NO_MQTT, clockMs));
        WebClient client = WebClient.create(vertx, new WebClientOptions().setDefaultHost("127.0.0.1")
                .setDefaultPort(server.port()).setFollowRedirects(false));
        return new TestServer(server, client);
    }

    /** The future's result, waiting at most 30 s. */
    public static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
}
