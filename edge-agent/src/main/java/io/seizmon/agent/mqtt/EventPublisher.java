package io.seizmon.agent.mqtt;

import io.seizmon.agent.journal.EventJournal;
import io.seizmon.agent.journal.JournalEntry;
import io.seizmon.agent.pipeline.PipelineOutput;
import io.seizmon.agent.pipeline.ScoringModel;
import io.seizmon.agent.pipeline.StreamKey;
import io.seizmon.core.wire.AgentState;
import io.seizmon.core.wire.AgentStatus;
import io.seizmon.core.wire.AgentStatusCodec;
import io.seizmon.core.wire.AlertEvent;
import io.seizmon.core.wire.AlertEventCodec;
import io.seizmon.core.wire.ScoreUpdate;
import io.seizmon.core.wire.ScoreUpdateCodec;
import io.seizmon.core.wire.Topics;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbound half of the MQTT edge: events go to the {@link EventJournal} first (forced to disk), then out at
 * QoS 1 on the subject's {@code alerts} topic; the broker's acknowledgement marks them sent. Unsent events are
 * published again, with the same bytes and id, on every (re)connection ({@link #onConnected}) and on every
 * {@link #sweep}. Scores go out at QoS 0 while connected and are otherwise dropped (the next hop supersedes them).
 * The status is retained: {@code online} on connect and when the streams or the model change (at most every
 * {@value #STATUS_MIN_INTERVAL_MILLIS} ms; a change in between is published by a later sweep), {@code offline} as
 * the Last Will and on a clean shutdown.
 *
 * <p>Threading: {@link #onAlert}, {@link #onScores}, {@link #onStreamsChanged} on the pipeline thread;
 * {@link #onConnected} on the connector thread; acknowledgements on Paho's threads; {@link #sweep} on a timer.
 */
public final class EventPublisher implements PipelineOutput {

    /** Shortest interval between two status publications prompted by stream changes. */
    public static final long STATUS_MIN_INTERVAL_MILLIS = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(EventPublisher.class);

    private final String agentId;
    private final String version;
    private final EventJournal journal;
    private final LongSupplier wallMicros;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final AtomicLong scoresDropped = new AtomicLong();
    private final long connectedSinceMicros;
    private volatile MessageSink sink;
    private volatile AgentStatus current;
    private volatile boolean statusDirty;
    private volatile long lastStatusMicros = Long.MIN_VALUE / 2;

    public EventPublisher(String agentId, String version, EventJournal journal, ScoringModel model,
                          LongSupplier wallMicros) {
        this.agentId = agentId;
        this.version = version;
        this.journal = journal;
        this.wallMicros = wallMicros;
        this.connectedSinceMicros = wallMicros.getAsLong();
        this.current = status(AgentState.ONLINE, model, Set.of(), connectedSinceMicros);
    }

    /** Sets where messages go (once the connection exists). */
    public void attach(MessageSink messageSink) {
        this.sink = messageSink;
    }

    @Override
    public void onAlert(AlertEvent event) {
        JournalEntry entry = new JournalEntry(event.id(), Topics.alerts(event.subjectId(), event.simulated()),
                AlertEventCodec.encode(event));
        try {
            journal.append(entry);
        } catch (UncheckedIOException e) {
            LOG.error("event {} could not be journaled ({}); publishing it anyway", event.id(), e.getMessage());
        }
        send(entry);
    }

    @Override
    public void onScores(ScoreUpdate update) {
        MessageSink target = sink;
        if (target == null || !target.isConnected()) {
            scoresDropped.incrementAndGet();
            return;
        }
        try {
            target.publish(Topics.scores(update.subjectId(), update.simulated()), ScoreUpdateCodec.encode(update),
                    Topics.Leaf.SCORES.qos(), false, null, null);
        } catch (MqttException | RuntimeException e) {
            scoresDropped.incrementAndGet();
        }
    }

    @Override
    public void onStreamsChanged(Set<StreamKey> streams, ScoringModel model) {
        current = status(AgentState.ONLINE, model, streams, wallMicros.getAsLong());
        statusDirty = true;
        if (wallMicros.getAsLong() - lastStatusMicros >= STATUS_MIN_INTERVAL_MILLIS * 1000) {
            publishStatus();
        }
    }

    /** After each (re)connection: the status, then every unsent event of the journal, oldest first. */
    public void onConnected() {
        publishStatus();
        sweep();
    }

    /** Sends unsent events that are not in flight, and a pending status change when due. */
    public void sweep() {
        List<JournalEntry> unsent = journal.unsent();
        if (!unsent.isEmpty()) {
            LOG.info("publishing {} unsent events from the journal", unsent.size());
        }
        unsent.forEach(this::send);
        if (statusDirty && wallMicros.getAsLong() - lastStatusMicros >= STATUS_MIN_INTERVAL_MILLIS * 1000) {
            publishStatus();
        }
    }

    /** The offline status the Last Will and a clean shutdown publish. */
    public byte[] offlineStatus() {
        AgentStatus now = current;
        return AgentStatusCodec.encode(new AgentStatus(agentId, AgentState.OFFLINE, connectedSinceMicros,
                now.modelId(), now.modelSha256(), now.subjectIds(), now.simulatedSubjectIds(), version));
    }

    /** Scores not published because the broker was unreachable. */
    public long scoresDropped() {
        return scoresDropped.get();
    }

    private void publishStatus() {
        MessageSink target = sink;
        if (target == null || !target.isConnected()) {
            return;
        }
        statusDirty = false;
        lastStatusMicros = wallMicros.getAsLong();
        try {
            target.publish(Topics.agentStatus(agentId), AgentStatusCodec.encode(current), Topics.AGENT_STATUS_QOS,
                    Topics.AGENT_STATUS_RETAINED, null, null);
        } catch (MqttException | RuntimeException e) {
            statusDirty = true;
            LOG.warn("status not published: {}", BrokerConnection.describe(e));
        }
    }

    private void send(JournalEntry entry) {
        MessageSink target = sink;
        if (target == null || !target.isConnected() || !inFlight.add(entry.id())) {
            return;
        }
        try {
            target.publish(entry.topic(), entry.payload(), 1, false, entry.id(), new Acknowledgement(entry.id()));
        } catch (MqttException | RuntimeException e) {
            inFlight.remove(entry.id());
            LOG.warn("event {} not published yet ({}); it stays in the journal", entry.id(),
                    BrokerConnection.describe(e));
        }
    }

    private AgentStatus status(AgentState state, ScoringModel model, Set<StreamKey> streams, long sinceMicros) {
        List<String> subjects = streams.stream().map(StreamKey::subjectId).distinct().toList();
        List<String> simulated = streams.stream().filter(StreamKey::simulated).map(StreamKey::subjectId).distinct()
                .toList();
        return new AgentStatus(agentId, state, sinceMicros, model.modelId(), model.sha256(), subjects, simulated,
                version);
    }

    /** Marks an event sent when the broker acknowledges it; a failure leaves it to the next sweep or connection. */
    private final class Acknowledgement implements IMqttActionListener {
        private final String id;

        Acknowledgement(String id) {
            this.id = id;
        }

        @Override
        public void onSuccess(IMqttToken token) {
            try {
                journal.markSent(id);
            } catch (RuntimeException e) {
                LOG.error("event {} acknowledged but not marked sent: {}", id, e.toString());
            } finally {
                inFlight.remove(id);
            }
        }

        @Override
        public void onFailure(IMqttToken token, Throwable cause) {
            inFlight.remove(id);
        }
    }
}
