package io.seizmon.agent.pipeline;

import io.seizmon.core.detect.DetectionEvent;
import io.seizmon.core.detect.EventKind;
import io.seizmon.core.wire.AlertEvent;
import io.seizmon.core.wire.AlertKind;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * Builds the {@link AlertEvent}s of one agent: ids as {@code docs/topics.md} forms them, the model and policy
 * settings in force, {@code published_us} from the agent's wall clock. Stateless apart from its settings.
 */
final class AlertEventFactory {

    private final String agentId;
    private final LongSupplier wallMicros;

    AlertEventFactory(String agentId, LongSupplier wallMicros) {
        this.agentId = agentId;
        this.wallMicros = wallMicros;
    }

    /** The event for a detection-policy decision on one channel. */
    AlertEvent fromDetection(StreamState stream, int channel, DetectionEvent event, ScoringModel model) {
        AlertKind kind = kind(event.kind());
        OptionalLong offset = event.offsetMicros() == DetectionEvent.OPEN || kind == AlertKind.SEIZURE_ONSET
                ? OptionalLong.empty() : OptionalLong.of(Math.max(event.onsetMicros(), event.offsetMicros()));
        return new AlertEvent(AlertEvent.idFor(agentId, stream.key.subjectId(), channel, event.onsetMicros(), kind),
                agentId, stream.key.subjectId(), stream.key.simulated(), OptionalInt.of(channel),
                Optional.ofNullable(stream.label(channel)), kind, kind.seizure() ? (int) event.eventNumber() : 0,
                event.onsetMicros(), offset, event.decisionMicros(), wallMicros.getAsLong(),
                kind.seizure() ? clamp(event.peakProbability()) : 0, event.windowCount(), model.modelId(),
                model.sha256(), model.detection(), truncate(event.detail()));
    }

    /**
     * A technical event about the whole stream ({@code channel} null): gap, signal lost, overload.
     *
     * @param offsetMicros the end, or null while open
     */
    AlertEvent streamWide(StreamState stream, AlertKind kind, long onsetMicros, Long offsetMicros,
                          long decisionMicros, String detail, ScoringModel model) {
        long onset = offsetMicros == null ? onsetMicros : Math.min(onsetMicros, offsetMicros);
        OptionalLong offset = offsetMicros == null ? OptionalLong.empty()
                : OptionalLong.of(Math.max(onsetMicros, offsetMicros));
        return new AlertEvent(AlertEvent.idFor(agentId, stream.key.subjectId(), null, onset, kind), agentId,
                stream.key.subjectId(), stream.key.simulated(), OptionalInt.empty(), Optional.empty(), kind, 0, onset,
                offset, decisionMicros, wallMicros.getAsLong(), 0, 0, model.modelId(), model.sha256(),
                model.detection(), truncate(detail));
    }

    static AlertKind kind(EventKind kind) {
        return switch (kind) {
            case SEIZURE_ONSET -> AlertKind.SEIZURE_ONSET;
            case SEIZURE_OFFSET -> AlertKind.SEIZURE_OFFSET;
            case SIGNAL_GAP -> AlertKind.SIGNAL_GAP;
            case POOR_SIGNAL -> AlertKind.POOR_SIGNAL;
            case SIGNAL_RESTORED -> AlertKind.SIGNAL_RESTORED;
        };
    }

    private static double clamp(double p) {
        return Double.isNaN(p) ? 0 : Math.max(0, Math.min(1, p));
    }

    private static String truncate(String detail) {
        String clean = detail.replaceAll("\\p{Cntrl}", " ");
        return clean.length() <= AlertEvent.MAX_DETAIL_LENGTH ? clean : clean.substring(0, AlertEvent.MAX_DETAIL_LENGTH);
    }
}
