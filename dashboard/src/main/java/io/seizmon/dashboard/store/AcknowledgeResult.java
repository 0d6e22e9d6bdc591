package io.seizmon.dashboard.store;

/** The outcome of acknowledging an event: closed set. */
public sealed interface AcknowledgeResult {

    /** The acknowledgement was recorded now. */
    record Acknowledged(DashboardEvent event) implements AcknowledgeResult {
    }

    /** Somebody had acknowledged it before; the first acknowledgement stands. */
    record AlreadyAcknowledged(DashboardEvent event) implements AcknowledgeResult {
    }

    /** No event has that id. */
    record NotFound(String eventId) implements AcknowledgeResult {
    }
}
