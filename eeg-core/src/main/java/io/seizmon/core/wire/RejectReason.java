package io.seizmon.core.wire;

/** TEMPORARY placeholder until the wire package lands. */
public enum RejectReason {
    CHANNEL_MISMATCH, SAMPLE_RATE_MISMATCH, DUPLICATE_FRAME, OUT_OF_ORDER_FRAME, QUEUE_OVERFLOW
}
