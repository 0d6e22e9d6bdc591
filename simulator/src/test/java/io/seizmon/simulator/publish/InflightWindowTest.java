package io.seizmon.simulator.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Flow control without a broker: slots, the gate, re-sending, giving up. */
class InflightWindowTest {

    private final InflightWindow window = new InflightWindow("tcp://broker:1883", 2, 3);
    private Thread publisher;

    @AfterEach
    void stopPublisher() throws InterruptedException {
        window.close();
        if (publisher != null) {
            publisher.join(5000);
        }
    }

    @Test
    void blocksWhenTheWindowIsFullUntilAMessageIsAcknowledged() throws Exception {
        window.openGate();
        InflightWindow.Send first = window.add(pending("a"));
        window.add(pending("b"));
        CompletableFuture<InflightWindow.Send> third = addInBackground(pending("c"));
        awaitBlocked();
        assertThat(third).isNotDone();
        window.delivered(first.id());
        assertThat(third.get().id()).isEqualTo(2);
    }

    @Test
    void holdsPublishersBackWhileTheGateIsClosed() throws Exception {
        CompletableFuture<InflightWindow.Send> send = addInBackground(pending("a"));
        awaitBlocked();
        assertThat(send).isNotDone();
        window.openGate();
        assertThat(send.get().attempt()).isZero();
    }

    @Test
    void resendsFailedMessagesOrAllAfterAReconnectInPublishOrder() throws Exception {
        window.openGate();
        InflightWindow.Send a = window.add(pending("a"));
        InflightWindow.Send b = window.add(pending("b"));
        window.failed(b.id(), 0, new IOException("write failed"));
        List<InflightWindow.Send> resends = window.takeResends(false);
        assertThat(resends).extracting(InflightWindow.Send::id, InflightWindow.Send::attempt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(b.id(), 1));
        window.failed(b.id(), 0, new IOException("late report of the old attempt"));
        assertThat(window.takeResends(false)).isEmpty();
        assertThat(window.takeResends(true)).extracting(s -> s.pending().topic).containsExactly("a", "b");
        window.delivered(a.id());
        window.delivered(b.id());
        window.awaitEmpty(Duration.ofSeconds(1));
    }

    @Test
    void givesUpOnAMessageThatKeepsFailing() throws Exception {
        window.openGate();
        InflightWindow.Send send = window.add(pending("seizmon/v1/sim/s/raw"));
        for (int attempt = 0; attempt < 3; attempt++) {
            window.failed(send.id(), attempt, new IOException("refused"));
            window.takeResends(false);
        }
        assertThatThrownBy(() -> window.add(pending("next"))).isInstanceOf(PublishException.class)
                .hasMessage("a message to seizmon/v1/sim/s/raw (3 bytes) failed 3 times at the MQTT broker at "
                        + "tcp://broker:1883: refused");
    }

    @Test
    void failsBlockedPublishersWithTheCauseWhenTheBrokerIsGone() throws Exception {
        CompletableFuture<InflightWindow.Send> send = addInBackground(pending("a"));
        awaitBlocked();
        window.closeGate(new IOException("Connection reset"));
        window.fail("lost the MQTT broker at tcp://broker:1883 and could not reconnect within 60 s");
        assertThat(send).failsWithin(Duration.ofSeconds(5)).withThrowableThat().havingCause()
                .isInstanceOf(PublishException.class)
                .withMessage("lost the MQTT broker at tcp://broker:1883 and could not reconnect within 60 s: "
                        + "Connection reset");
    }

    @Test
    void flushTimesOutNamingWhatIsUnacknowledged() throws Exception {
        window.openGate();
        window.add(pending("a"));
        assertThatThrownBy(() -> window.awaitEmpty(Duration.ofMillis(50))).isInstanceOf(PublishException.class)
                .hasMessage("1 messages not acknowledged by the MQTT broker at tcp://broker:1883 within 50 ms");
    }

    private static InflightWindow.Pending pending(String topic) {
        return new InflightWindow.Pending(topic, new byte[] {1, 2, 3}, 1, false);
    }

    private CompletableFuture<InflightWindow.Send> addInBackground(InflightWindow.Pending pending) {
        CompletableFuture<InflightWindow.Send> result = new CompletableFuture<>();
        publisher = new Thread(() -> {
            try {
                result.complete(window.add(pending));
            } catch (PublishException | InterruptedException | RuntimeException e) {
                result.completeExceptionally(e);
            }
        }, "test-publisher");
        publisher.start();
        return result;
    }

    private void awaitBlocked() {
        await().atMost(Duration.ofSeconds(5)).until(() -> publisher.getState() == Thread.State.WAITING);
    }
}
