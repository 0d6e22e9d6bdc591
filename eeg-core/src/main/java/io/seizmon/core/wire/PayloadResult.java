package io.seizmon.core.wire;

import java.util.Objects;

/**
 * The outcome of decoding one JSON payload: {@link Decoded} or {@link Rejected}, never an exception.
 *
 * <p>Typical use on the MQTT callback thread:
 * <pre>{@code
 * PayloadResult<AlertEvent> result = AlertEventCodec.decode(payload, topic);
 * if (result instanceof PayloadResult.Decoded<AlertEvent> decoded) {
 *     store(decoded.value());
 * } else if (result instanceof PayloadResult.Rejected<AlertEvent> rejected) {
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
     * @param detail what was wrong, naming the key, the value found and the expectation
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
