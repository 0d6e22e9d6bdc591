package io.seizmon.core.wire;

import java.util.Objects;

/** The outcome of decoding a ground-truth event: {@link Decoded} or {@link Rejected}, never an exception. */
public sealed interface TruthEventResult permits TruthEventResult.Decoded, TruthEventResult.Rejected {

    /**
     * An event that passed every check.
     *
     * @param event the event, never null
     */
    record Decoded(TruthEvent event) implements TruthEventResult {
        public Decoded {
            Objects.requireNonNull(event, "event");
        }
    }

    /**
     * A payload that failed a check.
     *
     * @param reason the reason, for counting
     * @param detail what was wrong, naming the key, the value and the expectation
     */
    record Rejected(RejectReason reason, String detail) implements TruthEventResult {
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
