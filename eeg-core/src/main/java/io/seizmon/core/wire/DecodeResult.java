package io.seizmon.core.wire;

import java.util.Objects;

/**
 * The outcome of decoding one frame payload: {@link Decoded} or {@link Rejected}, never an exception.
 *
 * <p>Typical use on the MQTT callback thread:
 * <pre>{@code
 * DecodeResult result = FrameCodec.decode(payload, topic.subjectId(), topic.simulated());
 * if (result instanceof DecodeResult.Decoded decoded) {
 *     queue.offer(decoded.frame());
 * } else if (result instanceof DecodeResult.Rejected rejected) {
 *     rejections.count(rejected.reason());
 * }
 * }</pre>
 */
public sealed interface DecodeResult permits DecodeResult.Decoded, DecodeResult.Rejected {

    /**
     * A frame that passed every check of its decoder.
     *
     * @param frame the frame, never null
     */
    record Decoded(EegFrame frame) implements DecodeResult {
        public Decoded {
            Objects.requireNonNull(frame, "frame");
        }
    }

    /**
     * A payload that failed a check; nothing of it should be used.
     *
     * @param reason the reason, for counting
     * @param detail what was wrong, naming the field, the value, the expectation and the byte offset if any
     */
    record Rejected(RejectReason reason, String detail) implements DecodeResult {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }

        @Override
        public String toString() {
            return reason + ": " + detail;
        }
    }

    /** Returns true if this is a {@link Decoded}. */
    default boolean isDecoded() {
        return this instanceof Decoded;
    }
}
