package io.seizmon.dashboard.web;

import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonObject;

/**
 * One browser page's WebSocket. Messages are JSON text frames. The socket's write queue is bounded
 * ({@code clientQueueBytes}): when it is full, droppable messages (trace points, scores) are dropped and counted,
 * while alarms, acknowledgements and subject states are always queued, so a slow browser loses trace points,
 * never alarms.
 *
 * <p>Confined to the dashboard's event loop.
 */
final class BrowserChannel {

    private final ServerWebSocket socket;
    private final Principal principal;
    private String watchedKey;
    private long dropped;
    private long sentChars;
    private boolean closed;

    BrowserChannel(ServerWebSocket socket, Principal principal, int queueBytes) {
        this.socket = socket;
        this.principal = principal;
        socket.setWriteQueueMaxSize(queueBytes);
    }

    /** Sends an alarm-relevant message: always queued. */
    void send(JsonObject message) {
        if (!closed) {
            write(message);
        }
    }

    /** Sends a message that may be dropped when the browser does not keep up; returns whether it was queued. */
    boolean offer(JsonObject message) {
        if (closed) {
            return false;
        }
        try {
            if (!socket.isClosed() && socket.writeQueueFull()) {
                dropped++;
                return false;
            }
        } catch (IllegalStateException e) {
            closed = true; // closed between the checks
            return false;
        }
        return write(message);
    }

    private boolean write(JsonObject message) {
        if (socket.isClosed()) {
            closed = true;
            return false;
        }
        try {
            String text = message.encode();
            socket.writeTextMessage(text);
            sentChars += text.length();
            return true;
        } catch (IllegalStateException e) {
            closed = true; // closed between the check and the write: the close handler removes this channel
            return false;
        }
    }

    Principal principal() {
        return principal;
    }

    /** The subject key whose detail view this page shows, or null. */
    String watchedKey() {
        return watchedKey;
    }

    void watch(String key) {
        this.watchedKey = key;
    }

    /** Messages dropped for this browser so far. */
    long dropped() {
        return dropped;
    }

    /** Characters of JSON sent to this browser so far (ASCII, so also bytes before WebSocket framing). */
    long sentChars() {
        return sentChars;
    }

    /** Closes the socket (status 1008, policy violation) with {@code reason}; the close handler removes it. */
    void close(String reason) {
        closed = true;
        if (!socket.isClosed()) {
            socket.close((short) 1008, reason);
        }
    }

    void markClosed() {
        closed = true;
    }
}
