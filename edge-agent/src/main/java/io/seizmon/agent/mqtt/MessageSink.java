package io.seizmon.agent.mqtt;

import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.MqttException;

/** Where the {@link EventPublisher} sends messages: the {@link BrokerConnection}, or a fake in unit tests. */
public interface MessageSink {

    /** True while messages can be sent. */
    boolean isConnected();

    /**
     * Sends asynchronously; the listener hears of the broker's acknowledgement (QoS 1: PUBACK) or the failure,
     * on a client thread, with {@code context} as the token's user context.
     *
     * @throws MqttException when the message is refused at once
     */
    void publish(String topic, byte[] payload, int qos, boolean retained, Object context,
                 IMqttActionListener listener) throws MqttException;
}
