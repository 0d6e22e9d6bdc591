package io.seizmon.dashboard;

import io.seizmon.dashboard.mqtt.MqttSubscriber;
import io.seizmon.dashboard.web.DashboardServer;
import io.seizmon.dashboard.web.MqttHealth;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The whole dashboard: the web server and its database, and the MQTT subscriber feeding it. Used by
 * {@code seizmon dashboard} and by the integration tests.
 */
public final class DashboardApp {

    private final DashboardServer server;
    private final MqttSubscriber mqtt;

    private DashboardApp(DashboardServer server, MqttSubscriber mqtt) {
        this.server = server;
        this.mqtt = mqtt;
    }

    /**
     * Starts the server, creates the configured initial operator if needed, and starts subscribing.
     *
     * @param options     validated options
     * @param environment where initial-operator passwords are looked up ({@code System.getenv()})
     */
    public static Future<DashboardApp> start(Vertx vertx, DashboardOptions options, Map<String, String> environment) {
        AtomicReference<MqttSubscriber> subscriber = new AtomicReference<>();
        AtomicReference<OptionalLong> newestStored = new AtomicReference<>(OptionalLong.empty());
        MqttHealth health = new MqttHealth() {
            @Override
            public boolean connected() {
                return subscriber.get() != null && subscriber.get().connected();
            }

            @Override
            public long rejected() {
                return subscriber.get() == null ? 0 : subscriber.get().rejected();
            }
        };
        return DashboardServer.start(vertx, options, health, System::currentTimeMillis)
                .compose(server -> server.withUsers(users -> {
                    String line = InitialOperator.ensure(options, users, environment);
                    if (line != null) {
                        System.err.println("dashboard: " + line);
                    }
                    if (users.count() == 0) {
                        System.err.println("dashboard: no users yet: run "
                                + "./seizmon dashboard user add NAME --role operator");
                    }
                    return server;
                }).recover(t -> server.close().compose(v -> Future.failedFuture(t))))
                .compose(server -> server.newestEventPublishedMicros().map(newest -> {
                    newestStored.set(newest);
                    return server;
                }).recover(t -> server.close().compose(v -> Future.failedFuture(t))))
                .compose(server -> {
                    try {
                        MqttSubscriber mqtt = new MqttSubscriber(options.brokerUrl(), options.mqttClientId(),
                                server.context(), server.ingest(), System::currentTimeMillis);
                        if (options.mqttUsername() != null) {
                            mqtt.login(options.mqttUsername(), options.mqttPasswordFile() == null ? null
                                    : CredentialFile.read("mqttPasswordFile", options.mqttPasswordFile(),
                                            System.getenv()));
                        }
                        newestStored.get().ifPresent(mqtt::seedNewestEvent);
                        subscriber.set(mqtt);
                        mqtt.start();
                        return Future.succeededFuture(new DashboardApp(server, mqtt));
                    } catch (Exception e) {
                        return server.close().compose(v -> Future.failedFuture(e));
                    }
                });
    }

    /** The HTTP port bound. */
    public int port() {
        return server.port();
    }

    /** Whether the MQTT connection is up. */
    public boolean mqttConnected() {
        return mqtt.connected();
    }

    /** Stops subscribing, then the server and its database. */
    public Future<Void> close() {
        mqtt.close();
        return server.close();
    }
}
