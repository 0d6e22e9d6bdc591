package io.seizmon.core.wire;

import java.util.Objects;

/**
 * One ground-truth event of a stream (a seizure or another annotation), published by a replay on the subject's
 * {@code truth} topic when the replay reaches its onset ({@link TruthEventCodec}, {@code docs/topics.md}).
 *
 * <p>Times are on the stream's own time base, the one its frames carry: {@link #onsetMicros} is comparable with
 * frame times ({@code firstSampleMicros + round(i * 1e6 / sampleRateHz)}), so an evaluator can score detections
 * against it and a dashboard can draw it on the trace.
 *
 * @param subjectId       the stream's subject, as in its topics ({@link Topics#isValidSubjectId})
 * @param simulated       true under the {@code sim} root (every replay)
 * @param sequence        number of this event in its stream, from 0, +1 per event, &ge; 0: a consumer drops a
 *                        redelivered duplicate (QoS 1) by it
 * @param onsetMicros     onset, µs since 1970-01-01T00:00Z on the stream's time base; may precede the stream's
 *                        first sample (an event already running when a replay started mid-file)
 * @param durationSeconds duration, finite and &ge; 0, or {@link Double#NaN} when the source gives none
 * @param label           the annotation text or event type, 0..{@value #MAX_LABEL_LENGTH} characters, no control
 *                        characters
 * @param seizure         whether the label is a seizure (eeg-core's {@code LabelledEvent.isSeizureType} rule)
 */
public record TruthEvent(String subjectId, boolean simulated, long sequence, long onsetMicros,
                         double durationSeconds, String label, boolean seizure) {

    /** Longest label, characters. */
    public static final int MAX_LABEL_LENGTH = 256;

    /** @throws IllegalArgumentException naming the first invalid component */
    public TruthEvent {
        Objects.requireNonNull(label, "label");
        String problem = FrameLimits.checkSubjectId(subjectId);
        if (problem == null) {
            problem = problem(sequence, durationSeconds, label);
        }
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Returns true when the source gave a duration. */
    public boolean hasDuration() {
        return !Double.isNaN(durationSeconds);
    }

    /** Returns null if the components other than the subject are valid, else what is wrong with the first. */
    static String problem(long sequence, double durationSeconds, String label) {
        if (sequence < 0) {
            return "sequence: " + sequence + " (expected: >= 0)";
        }
        if (!Double.isNaN(durationSeconds) && !(durationSeconds >= 0 && Double.isFinite(durationSeconds))) {
            return "durationSeconds: " + durationSeconds + " (expected: finite and >= 0, or NaN when unknown)";
        }
        return StreamMeta.checkText("label", label, 0, MAX_LABEL_LENGTH);
    }
}
