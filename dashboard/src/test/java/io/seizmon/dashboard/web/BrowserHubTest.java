package io.seizmon.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.seizmon.dashboard.live.SubjectKey;
import io.seizmon.dashboard.live.TraceBatch;
import io.seizmon.dashboard.store.DashboardEvent;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonObject;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A slow browser loses trace points, never alarms; a closed one never breaks a broadcast. */
class BrowserHubTest {

    /** A WebSocket whose write queue is full or not, and which records what was written. */
    static final class FakeSocket {
        final List<String> written = new ArrayList<>();
        boolean queueFull;
        boolean closed;

        ServerWebSocket proxy() {
            return (ServerWebSocket) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {ServerWebSocket.class}, (self, method, args) -> switch (method.getName()) {
                        case "writeQueueFull" -> {
                            if (closed) {
                                throw new IllegalStateException("WebSocket is closed");
                            }
                            yield queueFull;
                        }
                        case "isClosed" -> closed;
                        case "writeTextMessage" -> {
                            if (closed) {
                                throw new IllegalStateException("WebSocket is closed");
                            }
                            written.add((String) args[0]);
                            yield null;
                        }
                        case "setWriteQueueMaxSize" -> self;
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }

    private static final SubjectKey KEY = new SubjectKey("cage-01", true);
    private static final TraceBatch BATCH = new TraceBatch(new double[] {1.0, 1.1}, new float[][] {{1f, 2f}});

    private static DashboardEvent alarm() {
        return new DashboardEvent("a", "edge-01", "cage-01", true, 0, null, "seizure_onset", "high", 1, 0, null, 0,
                0, 0.9, 1, "m", 0.5, "", 0, null);
    }

    private static List<String> types(FakeSocket socket) {
        return socket.written.stream().map(t -> new JsonObject(t).getString("type")).toList();
    }

    @Test
    void aSlowBrowserLosesTracePointsButNeverAlarms() {
        BrowserHub hub = new BrowserHub();
        FakeSocket slow = new FakeSocket();
        FakeSocket fast = new FakeSocket();
        hub.add(new BrowserChannel(slow.proxy(), Principal.KIOSK, 16_384));
        hub.add(new BrowserChannel(fast.proxy(), Principal.KIOSK, 16_384));
        slow.queueFull = true;
        hub.onTrace(KEY, false, BATCH);
        hub.onEvent(alarm());
        hub.onAcknowledged(alarm());
        assertThat(types(slow)).containsExactly("event", "ack");
        assertThat(types(fast)).containsExactly("trace", "event", "ack");
        assertThat(hub.dropped()).isEqualTo(1);
    }

    @Test
    void detailTracesGoOnlyToPagesWatchingTheSubject() {
        BrowserHub hub = new BrowserHub();
        FakeSocket watching = new FakeSocket();
        FakeSocket other = new FakeSocket();
        BrowserChannel channel = new BrowserChannel(watching.proxy(), Principal.KIOSK, 16_384);
        channel.watch(KEY.id());
        hub.add(channel);
        hub.add(new BrowserChannel(other.proxy(), Principal.KIOSK, 16_384));
        hub.onTrace(KEY, true, BATCH);
        assertThat(types(watching)).containsExactly("trace");
        assertThat(other.written).isEmpty();
    }

    @Test
    void aClosedSocketDoesNotStopTheBroadcastToOthers() {
        BrowserHub hub = new BrowserHub();
        FakeSocket closed = new FakeSocket();
        FakeSocket open = new FakeSocket();
        hub.add(new BrowserChannel(closed.proxy(), Principal.KIOSK, 16_384));
        hub.add(new BrowserChannel(open.proxy(), Principal.KIOSK, 16_384));
        closed.closed = true;
        hub.onTrace(KEY, false, BATCH);
        hub.onEvent(alarm());
        assertThat(types(open)).containsExactly("trace", "event");
    }
}
