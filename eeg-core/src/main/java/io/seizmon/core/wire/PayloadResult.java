package io.seizmon.core.wire;

import java.util.Objects;

/**
 * The outcome of decoding one payload (a binary or JSON frame, stream metadata, a truth event, an alert, a score
 * update, an agent status): {@link Decoded} or {@link Rejected}, never an exception.
 *
 * <p>Typical use on the MQTT callback thread:
 * <pre>{@code
 * PayloadResult<EegFrame> result = FrameCodec.decode(payload, topic);
 * if (result instanceof PayloadResult.Decoded<EegFrame> decoded) {
 *     queue.offer(decoded.value());
 * } else if (result instanceof PayloadResult.Rejected<EegFrame> rejected) {
 *     rejections.count(rejected.reason());
 * }
 * }</pre>
 *
 * @param <T> the decoded value's type
 */
public sealed interface PayloadResult<T> permits PayloadResult.Decoded, PayloadResult.Rejected {

    /**
     * A payload that passed every check of its decoder.
     *
     * @param value the decoded value, never null
     * @param <T>   its type
     */
    record Decoded<T>(T value) implements PayloadResult<T> {
        public Decoded {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A payload that failed a check; nothing of it should be used.
     *
     * @param reason the reason, for counting
     * @param detail what was wrong, naming the field or key, the value found, the expectation and, for binary
     *               frames, the byte offset
     * @param <T>    the type the payload would have decoded to
     */
    record Rejected<T>(RejectReason reason, String detail) implements PayloadResult<T> {
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
