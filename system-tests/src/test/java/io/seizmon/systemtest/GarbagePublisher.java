package io.seizmon.systemtest;

import io.seizmon.core.wire.EegFrame;
import io.seizmon.core.wire.FrameCodec;
import io.seizmon.core.wire.JsonFrameCodec;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * Publishes bad payloads at QoS 1 (waiting for each acknowledgement) from the test's JVM: random bytes, a valid
 * payload cut in half, and an oversized one ({@value #OVERSIZED_BYTES} bytes) that starts like a valid payload.
 * Deterministic (fixed seed). Not thread-safe.
 */
final class GarbagePublisher implements AutoCloseable {

    static final int OVERSIZED_BYTES = 2 * 1024 * 1024;
    private static final long SEED = 7;

    private final MqttAsyncClient client;
    private final Random random = new Random(SEED);
    private int published;

    GarbagePublisher(String brokerUrl) throws MqttException {
        client = new MqttAsyncClient(brokerUrl, "drill-garbage", new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        client.connect(options).waitForCompletion(10_000);
    }

    /** The three bad payloads for a binary frame topic, by name. */
    Map<String, byte[]> binaryPayloads(String subject) {
        byte[] valid = FrameCodec.encodeFloat32(frame(subject));
        byte[] oversized = new byte[OVERSIZED_BYTES];
        random.nextBytes(oversized);
        System.arraycopy(valid, 0, oversized, 0, valid.length / 2); // a real header, then junk
        return payloads(valid, oversized);
    }

    /** The three bad payloads for a JSON topic, by name. */
    Map<String, byte[]> jsonPayloads(String subject) {
        byte[] valid = JsonFrameCodec.encode(frame(subject));
        String head = "{\"v\":1,\"subject\":\"" + subject + "\",\"detail\":\"";
        byte[] oversized = (head + "x".repeat(OVERSIZED_BYTES - head.length() - 2) + "\"}")
                .getBytes(StandardCharsets.US_ASCII);
        return payloads(valid, oversized);
    }

    private Map<String, byte[]> payloads(byte[] valid, byte[] oversized) {
        byte[] garbage = new byte[64];
        random.nextBytes(garbage);
        Map<String, byte[]> payloads = new LinkedHashMap<>();
        payloads.put("garbage", garbage);
        payloads.put("truncated", Arrays.copyOf(valid, valid.length / 2));
        payloads.put("oversized", oversized);
        return payloads;
    }

    private static EegFrame frame(String subject) {
        float[] samples = new float[100];
        Arrays.fill(samples, 1.5f);
        return new EegFrame(subject, true, 0, 1_700_000_000_000_000L, 1000, 1, 100, samples);
    }

    /** Publishes one payload, QoS 1, not retained, and waits for the broker's acknowledgement. */
    void publish(String topic, byte[] payload) throws MqttException {
        client.publish(topic, payload, 1, false).waitForCompletion(30_000);
        published++;
    }

    int published() {
        return published;
    }

    @Override
    public void close() throws MqttException {
        client.disconnect().waitForCompletion(5_000);
        client.close();
    }
}
