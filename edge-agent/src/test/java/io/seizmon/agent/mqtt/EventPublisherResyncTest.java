package io.seizmon.agent.mqtt;

import static io.seizmon.agent.testing.JournalAlerts.signalLost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.seizmon.agent.journal.EventJournal;
import io.seizmon.agent.journal.JournalEntry;
import io.seizmon.agent.pipeline.ScoringModel;
import io.seizmon.agent.testing.TestConfigs;
import io.seizmon.core.wire.ResyncRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventPublisherResyncTest {

    private static final long HOUR_US = 3_600_000_000L;

    @TempDir
    Path dir;

    private final AtomicLong nowUs = new AtomicLong(100 * HOUR_US);
    private final FakeSink sink = new FakeSink();
    private EventJournal journal;
    private EventPublisher publisher;
    private JournalEntry twoHoursAgo;
    private JournalEntry oneHourAgo;

    /** A connected sink that records each publication with its thread and acknowledges it at once. */
    static final class FakeSink implements MessageSink {
        record Sent(String topic, byte[] payload, String thread) {
        }

        final List<Sent> sent = new CopyOnWriteArrayList<>();

        @Override
        public boolean isConnected() {
            return true;
        }

        @Override
        public void publish(String topic, byte[] payload, int qos, boolean retained, Object context,
                            IMqttActionListener listener) {
            sent.add(new Sent(topic, payload, Thread.currentThread().getName()));
            if (listener != null) {
                listener.onSuccess(null);
            }
        }

        List<String> alertIds() {
            return sent.stream().filter(s -> s.topic().endsWith("/alerts"))
                    .map(s -> new String(s.payload()).replaceAll("^\\{\"v\":1,\"id\":\"([^\"]*)\".*", "$1")).toList();
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        ScoringModel model = TestConfigs.load(TestConfigs.writeModel(dir.resolve("model.onnx")), 4);
        journal = EventJournal.open(dir.resolve("journal"), 100, Duration.ofHours(24), 1000, nowUs::get);
        twoHoursAgo = signalLost(1, nowUs.get() - 2 * HOUR_US);
        oneHourAgo = signalLost(2, nowUs.get() - HOUR_US);
        journal.append(twoHoursAgo);
        journal.append(oneHourAgo);
        journal.markSent(twoHoursAgo.id());
        journal.markSent(oneHourAgo.id());
        publisher = new EventPublisher("edge-01", "0.1.0", journal, model, nowUs::get);
        publisher.attach(sink);
    }

    @Test
    void aRequestRepublishesSentEventsSinceItsTimeWithTheSameBytes() {
        publisher.requestResync(new ResyncRequest("dash", nowUs.get() - 90 * 60_000_000L));
        assertThat(sink.sent).as("nothing on the requesting (Paho callback) thread").isEmpty();

        assertThat(publisher.resyncIfDue()).isEqualTo(1);
        assertThat(sink.sent).singleElement().satisfies(s -> {
            assertThat(s.topic()).isEqualTo(oneHourAgo.topic());
            assertThat(s.payload()).isEqualTo(oneHourAgo.payload());
        });
        assertThat(publisher.resyncIfDue()).as("nothing pending").isZero();
    }

    @Test
    void requestsWithinFiveSecondsAreCoalescedIntoOnePassFromTheOldestTime() {
        publisher.requestResync(new ResyncRequest("dash", nowUs.get() - 90 * 60_000_000L));
        assertThat(publisher.resyncIfDue()).isEqualTo(1);

        publisher.requestResync(new ResyncRequest("dash", nowUs.get() - 90 * 60_000_000L));
        publisher.requestResync(new ResyncRequest("other", nowUs.get() - 3 * HOUR_US));
        publisher.requestResync(new ResyncRequest("dash", nowUs.get()));
        nowUs.addAndGet(4_999_000);
        assertThat(publisher.resyncIfDue()).as("4.999 s after the last pass").isZero();
        nowUs.addAndGet(1_000);
        assertThat(publisher.resyncIfDue()).as("one pass, since the oldest requested time").isEqualTo(2);
        assertThat(publisher.resyncIfDue()).isZero();

        assertThat(sink.alertIds()).containsExactly(oneHourAgo.id(), twoHoursAgo.id(), oneHourAgo.id());
        assertThat(publisher.resyncRequests()).isEqualTo(4);
        assertThat(publisher.resyncRepublished()).isEqualTo(3);
    }

    @Test
    void theJournalWriterThreadRunsThePass() {
        publisher.start();
        try {
            publisher.requestResync(new ResyncRequest("dash", 0));
            await().atMost(Duration.ofSeconds(10)).until(() -> sink.alertIds().size() == 2);
            assertThat(sink.sent).extracting(FakeSink.Sent::thread).containsOnly("journal-writer");
            assertThat(sink.alertIds()).containsExactly(twoHoursAgo.id(), oneHourAgo.id());
        } finally {
            publisher.stop();
        }
    }
}
