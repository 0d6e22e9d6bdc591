package io.seizmon.simulator.publish;

/** The broker cannot be reached, or was lost and not regained in time. The message names the broker and cause. */
public final class PublishException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Creates an exception with a message naming the broker and what went wrong. */
    public PublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
