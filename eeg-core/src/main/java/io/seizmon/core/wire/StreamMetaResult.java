package io.seizmon.core.wire;

import java.util.Objects;

/** The outcome of decoding stream metadata: {@link Decoded} or {@link Rejected}, never an exception. */
public sealed interface StreamMetaResult permits StreamMetaResult.Decoded, StreamMetaResult.Rejected {

    /**
     * Metadata that passed every check.
     *
     * @param meta the metadata, never null
     */
    record Decoded(StreamMeta meta) implements StreamMetaResult {
        public Decoded {
            Objects.requireNonNull(meta, "meta");
        }
    }

    /**
     * A payload that failed a check.
     *
     * @param reason the reason, for counting
     * @param detail what was wrong, naming the key, the value and the expectation
     */
    record Rejected(RejectReason reason, String detail) implements StreamMetaResult {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }

        @Override
        public String toString() {
            return reason + ": " + detail;
        }
    }
}
