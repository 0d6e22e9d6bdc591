package io.seizmon.simulator.publish;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.paho.client.mqttv3.MqttMessage;

/**
 * The state of {@link PahoPublisher}'s flow control: the unacknowledged messages in publish order, a semaphore of
 * free slots, the gate that holds publishers back while the connection is down, and the final failure.
 *
 * <p>Thread-safe: publishers, Paho's callback thread and the supervisor thread share it under one lock.
 */
final class InflightWindow {

    /** One message not yet acknowledged; {@code attempt} and {@code resend} are guarded by the window's lock. */
    static final class Pending {
        final String topic;
        final MqttMessage message;
        int attempt;
        boolean resend;

        Pending(String topic, byte[] payload, int qos, boolean retained) {
            this.topic = topic;
            this.message = new MqttMessage(payload);
            message.setQos(qos);
            message.setRetained(retained);
        }
    }

    /** A message to (re)send, with the attempt its delivery listener reports for. */
    record Send(long id, Pending pending, int attempt) {
    }

    private final String brokerUrl;
    private final int maxAttempts;
    private final Semaphore slots;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<Long, Pending> unacknowledged = new TreeMap<>();
    private long nextId;
    private boolean open;
    private boolean resendNeeded;
    private boolean closed;
    private Throwable lastCause;
    private PublishException failure;

    InflightWindow(String brokerUrl, int maxInflight, int maxAttempts) {
        this.brokerUrl = brokerUrl;
        this.maxAttempts = maxAttempts;
        this.slots = new Semaphore(maxInflight);
    }

    /** Waits for a free slot and an open gate, then registers {@code pending}; returns what to send. */
    Send add(Pending pending) throws PublishException, InterruptedException {
        slots.acquire();
        lock.lock();
        try {
            while (!open && failure == null && !closed) {
                changed.await();
            }
            requireUsable();
            long id = nextId++;
            unacknowledged.put(id, pending);
            return new Send(id, pending, 0);
        } catch (PublishException | InterruptedException e) {
            slots.release();
            throw e;
        } finally {
            lock.unlock();
        }
    }

    /** Frees the slot of message {@code id}, whichever attempt was acknowledged. */
    void delivered(long id) {
        lock.lock();
        try {
            if (unacknowledged.remove(id) != null) {
                slots.release();
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Marks message {@code id} for re-sending if {@code attempt} is its latest; fails for good after too many. */
    void failed(long id, int attempt, Throwable cause) {
        lock.lock();
        try {
            Pending pending = unacknowledged.get(id);
            if (pending == null || pending.attempt != attempt) {
                return;
            }
            pending.resend = true;
            resendNeeded = true;
            lastCause = cause;
            if (attempt + 1 >= maxAttempts && failure == null) {
                failure = new PublishException("a message to " + pending.topic + " (" + pending.message.getPayload()
                        .length + " bytes) failed " + maxAttempts + " times at the MQTT broker at " + brokerUrl + ": "
                        + PahoPublisher.describe(cause), cause);
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Holds publishers back: the connection is down. */
    void closeGate(Throwable cause) {
        lock.lock();
        try {
            open = false;
            lastCause = cause;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Lets publishers go on. */
    void openGate() {
        lock.lock();
        try {
            open = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Waits until the gate closes or a message needs re-sending; false when closed or failed for good. */
    boolean awaitTrouble() throws InterruptedException {
        lock.lock();
        try {
            while (!closed && failure == null && open && !resendNeeded) {
                changed.await();
            }
            return !closed && failure == null;
        } finally {
            lock.unlock();
        }
    }

    /** Returns the messages to re-send in publish order: all unacknowledged ones, or those marked. */
    List<Send> takeResends(boolean all) {
        List<Send> sends = new ArrayList<>();
        lock.lock();
        try {
            for (Map.Entry<Long, Pending> entry : unacknowledged.entrySet()) {
                Pending pending = entry.getValue();
                if (all || pending.resend) {
                    pending.attempt++;
                    pending.resend = false;
                    sends.add(new Send(entry.getKey(), pending, pending.attempt));
                }
            }
            resendNeeded = false;
            return sends;
        } finally {
            lock.unlock();
        }
    }

    /** Waits up to {@code millis} unless closed first; false when closed. */
    boolean pause(long millis) throws InterruptedException {
        lock.lock();
        try {
            if (!closed) {
                changed.await(millis, TimeUnit.MILLISECONDS);
            }
            return !closed;
        } finally {
            lock.unlock();
        }
    }

    /** Fails every blocked and later call with {@code message} and the last cause. */
    void fail(String message) {
        lock.lock();
        try {
            if (failure == null) {
                failure = new PublishException(message + ": " + PahoPublisher.describe(lastCause), lastCause);
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Records the latest cause of trouble, for messages. */
    void noteCause(Throwable cause) {
        lock.lock();
        try {
            lastCause = cause;
        } finally {
            lock.unlock();
        }
    }

    /** Waits until every message is acknowledged. */
    void awaitEmpty(Duration timeout) throws PublishException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            long remaining;
            while (!unacknowledged.isEmpty() && failure == null && (remaining = deadline - System.nanoTime()) > 0) {
                changed.awaitNanos(remaining);
            }
            requireUsable();
            if (!unacknowledged.isEmpty()) {
                throw new PublishException(unacknowledged.size() + " messages not acknowledged by the MQTT broker at "
                        + brokerUrl + " within " + timeout.toMillis() + " ms", lastCause);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Releases every waiter; later calls fail. */
    void close() {
        lock.lock();
        try {
            closed = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void requireUsable() throws PublishException {
        if (failure != null) {
            throw new PublishException(failure.getMessage(), failure.getCause());
        }
        if (closed) {
            throw new PublishException("the MQTT publisher for " + brokerUrl + " is closed", null);
        }
    }
}
