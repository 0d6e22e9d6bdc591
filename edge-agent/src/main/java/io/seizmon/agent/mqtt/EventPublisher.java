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
import io.seizmon.core.wire.ResyncRequest;
import io.seizmon.core.wire.ScoreUpdate;
import io.seizmon.core.wire.ScoreUpdateCodec;
import io.seizmon.core.wire.Topics;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbound half of the MQTT edge: events go to the {@link EventJournal} first (forced to disk, by a writer
 * thread in group commits), then out at QoS 1 on the subject's {@code alerts} topic; the broker's acknowledgement marks them sent. Unsent events are
 * published again, with the same bytes and id, on every (re)connection ({@link #onConnected}) and on every
 * {@link #sweep}. Scores go out at QoS 0 while connected and are otherwise dropped (the next hop supersedes them).
 * The status is retained: {@code online} on connect and when the streams or the model change (at most every
 * {@value #STATUS_MIN_INTERVAL_MILLIS} ms; a change in between is published by a later sweep), {@code offline} as
 * the Last Will and on a clean shutdown.
 *
 * <p>Resync ({@code docs/topics.md} "Resync request payload"): {@link #requestResync} (on Paho's callback thread)
 * only records the request; the {@code journal-writer} thread republishes every journaled event, sent or not, whose
 * {@code published_us} is at or after the oldest {@code since_us} requested, at most once every
 * {@value #RESYNC_MIN_INTERVAL_MILLIS} ms (requests in between are coalesced into the next pass).
 *
 * <p>Threading: {@link #onAlert}, {@link #onScores}, {@link #onStreamsChanged} on the pipeline threads (the last
 * one serialised by {@code PipelineShards}); journal writes, first publications and resync passes on
 * {@code journal-writer} ({@link #start}, {@link #stop}); {@link #onConnected} on the connector thread; acknowledgements on Paho's threads; {@link #sweep} on a timer.
 */
public final class EventPublisher implements PipelineOutput {

    /** Shortest interval between two status publications prompted by stream changes. */
    public static final long STATUS_MIN_INTERVAL_MILLIS = 10_000;
    /** Shortest interval between two resync passes. */
    public static final long RESYNC_MIN_INTERVAL_MILLIS = 5_000;
    private static final long NO_RESYNC = Long.MAX_VALUE;
    private static final long WRITER_POLL_MILLIS = 200;
    private static final Logger LOG = LoggerFactory.getLogger(EventPublisher.class);

    private final String agentId;
    private final String version;
    private final EventJournal journal;
    private final LongSupplier wallMicros;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final LinkedBlockingQueue<JournalEntry> toJournal = new LinkedBlockingQueue<>();
    private final Thread writer = new Thread(this::writeJournal, "journal-writer");
    private final AtomicLong scoresDropped = new AtomicLong();
    private final AtomicLong pendingResyncSinceMicros = new AtomicLong(NO_RESYNC);
    private final AtomicLong resyncRequests = new AtomicLong();
    private final AtomicLong resyncRepublished = new AtomicLong();
    private long lastResyncMicros = Long.MIN_VALUE / 2;
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

    /**
     * Hands the event to the journal writer thread, which writes every event waiting, forces them to the disk in
     * one go (a group commit, so a burst of events costs one fsync and the pipeline thread never waits for the
     * disk), and only then publishes them.
     */
    @Override
    public void onAlert(AlertEvent event) {
        toJournal.add(new JournalEntry(event.id(), Topics.alerts(event.subjectId(), event.simulated()),
                AlertEventCodec.encode(event)));
    }

    /** The journal writer thread's loop: group commit, then publish. Ends when interrupted. */
    private void writeJournal() {
        List<JournalEntry> batch = new ArrayList<>();
        try {
            while (true) {
                JournalEntry first = toJournal.poll(WRITER_POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                    toJournal.drainTo(batch);
                    journalAndSend(batch);
                    batch.clear();
                }
                resyncIfDue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void journalAndSend(List<JournalEntry> batch) {
        try {
            journal.appendAll(batch);
        } catch (UncheckedIOException e) {
            LOG.error("{} events could not be journaled ({}); publishing them anyway", batch.size(), e.getMessage());
        }
        batch.forEach(this::send);
    }

    /**
     * Records a consumer's resync request; the next pass on the journal writer thread covers it. Cheap and never
     * blocks: safe on Paho's callback thread.
     */
    public void requestResync(ResyncRequest request) {
        resyncRequests.incrementAndGet();
        pendingResyncSinceMicros.accumulateAndGet(request.sinceMicros(), Math::min);
        LOG.info("resync requested by {} since {} us", request.requester(), request.sinceMicros());
    }

    /**
     * Runs a resync pass when one is pending and the last pass is at least {@value #RESYNC_MIN_INTERVAL_MILLIS} ms
     * old: republishes the journal's events since the oldest requested time. Journal writer thread only (tests call
     * it directly instead of starting the thread).
     *
     * @return the number of events republished
     */
    int resyncIfDue() {
        long now = wallMicros.getAsLong();
        MessageSink target = sink;
        if (pendingResyncSinceMicros.get() == NO_RESYNC || now - lastResyncMicros < RESYNC_MIN_INTERVAL_MILLIS * 1000
                || target == null || !target.isConnected()) {
            return 0;
        }
        long sinceMicros = pendingResyncSinceMicros.getAndSet(NO_RESYNC);
        lastResyncMicros = now;
        List<JournalEntry> entries = journal.since(sinceMicros);
        int sent = 0;
        for (JournalEntry entry : entries) {
            sent += send(entry) ? 1 : 0;
        }
        resyncRepublished.addAndGet(sent);
        LOG.info("resync since {} us: republished {} of {} journaled events", sinceMicros, sent, entries.size());
        return sent;
    }

    /** Resync requests received. */
    public long resyncRequests() {
        return resyncRequests.get();
    }

    /** Events republished by resync passes. */
    public long resyncRepublished() {
        return resyncRepublished.get();
    }

    /** Starts the journal writer thread. */
    public void start() {
        writer.start();
    }

    /** Writes and publishes what is waiting, then stops the journal writer thread. */
    public void stop() {
        writer.interrupt();
        try {
            writer.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<JournalEntry> rest = new ArrayList<>();
        toJournal.drainTo(rest);
        journal.appendAll(rest);
    }

    /** Events decided but not yet written to the journal. */
    public int waiting() {
        return toJournal.size();
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

    /** Publishes the entry unless it is in flight or the sink is down; returns whether it went out. */
    private boolean send(JournalEntry entry) {
        MessageSink target = sink;
        if (target == null || !target.isConnected() || !inFlight.add(entry.id())) {
            return false;
        }
        try {
            target.publish(entry.topic(), entry.payload(), 1, false, entry.id(), new Acknowledgement(entry.id()));
            return true;
        } catch (MqttException | RuntimeException e) {
            inFlight.remove(entry.id());
            LOG.warn("event {} not published yet ({}); it stays in the journal", entry.id(),
                    BrokerConnection.describe(e));
            return false;
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
