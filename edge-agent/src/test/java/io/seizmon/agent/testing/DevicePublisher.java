package io.seizmon.agent.testing;

import io.seizmon.core.wire.FrameCodec;
import io.seizmon.core.wire.StreamMeta;
import io.seizmon.core.wire.StreamMetaCodec;
import io.seizmon.core.wire.Topics;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.paho.client.mqttv3.MqttException;

/** Publishes a {@link Signals} stream as a device would: retained metadata, then binary frames of 100 ms, QoS 1. */
public final class DevicePublisher {

    private static final int FRAME_SAMPLES = 100;

    private final TestClient client;
    private final Signals signals;
    private final String subjectId;
    private final boolean simulated;

    public DevicePublisher(TestClient client, String subjectId, boolean simulated, int channels, long startMicros,
                           long seed) throws MqttException {
        this.client = client;
        this.subjectId = subjectId;
        this.simulated = simulated;
        this.signals = new Signals(subjectId, simulated, channels, TestConfigs.RATE_HZ, startMicros, seed);
        List<String> labels = new ArrayList<>();
        List<String> units = new ArrayList<>();
        for (int c = 0; c < channels; c++) {
            labels.add("EEG" + (c + 1));
            units.add("uV");
        }
        client.publish(Topics.meta(subjectId, simulated), StreamMetaCodec.encode(new StreamMeta(subjectId, simulated,
                labels, units, TestConfigs.RATE_HZ, "test device")), 1, true);
    }

    /** Skips {@code seconds} of signal, as frames a device could not deliver (a sequence gap for the receiver). */
    public void skip(int seconds) {
        signals.skip(seconds * 10, FRAME_SAMPLES);
    }

    /** Publishes {@code seconds} of signal, the seizure rhythm on the flagged channels. */
    public void stream(int seconds, boolean... seizure) throws MqttException {
        for (int i = 0; i < seconds * 10; i++) {
            client.publish(Topics.raw(subjectId, simulated), FrameCodec.encodeFloat32(signals.next(FRAME_SAMPLES,
                    seizure)), 1, false);
        }
    }
}
