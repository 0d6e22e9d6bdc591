package io.seizmon.agent.testing;

import io.seizmon.agent.journal.JournalEntry;
import io.seizmon.core.detect.DetectionSpec;
import io.seizmon.core.wire.AlertEvent;
import io.seizmon.core.wire.AlertEventCodec;
import io.seizmon.core.wire.AlertKind;
import io.seizmon.core.wire.Topics;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Journal entries holding real alert payloads ({@code signal_lost} events), for journal and resync tests. */
public final class JournalAlerts {

    private JournalAlerts() {
    }

    /** A {@code signal_lost} event of subject {@code cage-<n>} with this onset and {@code published_us}. */
    public static JournalEntry signalLost(int n, long publishedMicros) {
        String subject = "cage-" + n;
        long onsetMicros = 1_000_000L * n;
        AlertEvent event = new AlertEvent(AlertEvent.idFor("edge-01", subject, null, onsetMicros, AlertKind.SIGNAL_LOST),
                "edge-01", subject, true, OptionalInt.empty(), Optional.empty(), AlertKind.SIGNAL_LOST, 0,
                onsetMicros, OptionalLong.empty(), onsetMicros, publishedMicros, 0, 0, "model-x", "",
                DetectionSpec.DEFAULTS, "no frame for 10 s");
        return new JournalEntry(event.id(), Topics.alerts(subject, true), AlertEventCodec.encode(event));
    }
}
