package io.seizmon.dashboard;

import io.seizmon.core.detect.DetectionSpec;
import io.seizmon.core.wire.AgentState;
import io.seizmon.core.wire.AgentStatus;
import io.seizmon.core.wire.AgentStatusCodec;
import io.seizmon.core.wire.AlertEvent;
import io.seizmon.core.wire.AlertEventCodec;
import io.seizmon.core.wire.AlertKind;
import io.seizmon.core.wire.ChannelQuality;
import io.seizmon.core.wire.EegFrame;
import io.seizmon.core.wire.FrameCodec;
import io.seizmon.core.wire.ScoreUpdate;
import io.seizmon.core.wire.ScoreUpdateCodec;
import io.seizmon.core.wire.StreamMeta;
import io.seizmon.core.wire.StreamMetaCodec;
import io.seizmon.core.wire.Topics;
import io.seizmon.core.wire.TruthEvent;
import io.seizmon.core.wire.TruthEventCodec;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/** Test side of the contract: publishes frames, metadata, scores, alerts, truth and status with eeg-core's codecs. */
final class WirePublisher implements AutoCloseable {

    static final String MODEL = "seizmon-mlp-test";
    private final MqttClient client;

    WirePublisher(String url, String clientId) throws MqttException {
        client = new MqttClient(url, clientId, new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        options.setMaxInflight(1000);
        client.connect(options);
    }

    synchronized void meta(String subject, boolean simulated, List<String> labels, double rateHz) throws MqttException {
        StreamMeta meta = new StreamMeta(subject, simulated, labels, Collections.nCopies(labels.size(), "uV"), rateHz,
                "integration test");
        client.publish(Topics.meta(subject, simulated), StreamMetaCodec.encode(meta), 1, true);
    }

    synchronized void frame(EegFrame frame) throws MqttException {
        client.publish(Topics.raw(frame.subjectId(), frame.simulated()), FrameCodec.encodeFloat32(frame), 1, false);
    }

    synchronized void scores(String agent, String subject, boolean simulated, long endUs, double[] probabilities)
            throws MqttException {
        List<ChannelQuality> quality = Collections.nCopies(probabilities.length, ChannelQuality.OK);
        ScoreUpdate update = new ScoreUpdate(agent, subject, simulated, endUs - 5_000_000, endUs, probabilities,
                quality, 0.5, MODEL);
        client.publish(Topics.scores(subject, simulated), ScoreUpdateCodec.encode(update), 0, false);
    }

    /** Publishes an alert at QoS 1 and returns it. */
    synchronized AlertEvent alert(String agent, String subject, boolean simulated, Integer channel, AlertKind kind,
                                  long onsetUs, String detail) throws MqttException {
        AlertEvent event = new AlertEvent(AlertEvent.idFor(agent, subject, channel, onsetUs, kind), agent, subject,
                simulated, channel == null ? OptionalInt.empty() : OptionalInt.of(channel),
                channel == null ? Optional.empty() : Optional.of("EEG" + (channel + 1)), kind,
                kind.seizure() ? 1 : 0, onsetUs,
                kind == AlertKind.SEIZURE_OFFSET ? OptionalLong.of(onsetUs + 20_000_000) : OptionalLong.empty(),
                onsetUs + 4_000_000, System.currentTimeMillis() * 1000,
                kind.seizure() ? 0.97 : 0, kind.seizure() ? 4 : 0, MODEL, "", DetectionSpec.DEFAULTS, detail);
        publishAlert(event);
        return event;
    }

    synchronized void publishAlert(AlertEvent event) throws MqttException {
        client.publish(Topics.alerts(event.subjectId(), event.simulated()), AlertEventCodec.encode(event), 1, false);
    }

    synchronized void truth(String subject, long sequence, long onsetUs, double durationS, String label)
            throws MqttException {
        TruthEvent truth = new TruthEvent(subject, true, sequence, onsetUs, durationS, label, true);
        client.publish(Topics.truth(subject, true), TruthEventCodec.encode(truth), 1, false);
    }

    synchronized void status(String agent, AgentState state, List<String> subjects) throws MqttException {
        client.publish(Topics.agentStatus(agent), AgentStatusCodec.encode(statusOf(agent, state, subjects)), 1, true);
    }

    static AgentStatus statusOf(String agent, AgentState state, List<String> subjects) {
        return new AgentStatus(agent, state, 1_700_000_000_000_000L, MODEL, "", subjects, subjects, "0.1.0-test");
    }

    @Override
    public void close() throws MqttException {
        if (client.isConnected()) {
            client.disconnect();
        }
        client.close();
    }
}
