package io.seizmon.dashboard.mqtt;

import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;

/** Retries the first connection until it succeeds (Paho reconnects by itself only after one success). */
final class RetryingConnect implements IMqttActionListener {

    private final MqttSubscriber subscriber;
    private final MqttConnectOptions options;

    RetryingConnect(MqttSubscriber subscriber, MqttConnectOptions options) {
        this.subscriber = subscriber;
        this.options = options;
    }

    @Override
    public void onSuccess(IMqttToken token) {
        // connectComplete subscribes.
    }

    @Override
    public void onFailure(IMqttToken token, Throwable cause) {
        System.err.println("dashboard: MQTT connect failed (" + cause + "); retrying in "
                + MqttSubscriber.RETRY_MILLIS + " ms");
        subscriber.retryLater(options);
    }
}
