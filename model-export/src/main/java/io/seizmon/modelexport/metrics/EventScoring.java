package io.seizmon.modelexport.metrics;

import io.seizmon.core.dataset.SeizureInterval;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * SzCORE event scoring of one recording: reference seizures against hypothesis (detected) events.
 *
 * <p>The rules, in order, as timescoring's current {@code EventScoring} applies them; each is documented
 * with its source in {@code docs/evaluation.md}:
 * <ol>
 *   <li>Cut events at the end of the recording (szcore-evaluation reads both files into masks of the recording's
 *       length, which does the same).</li>
 *   <li>Sort each list by onset; merge events whose gap to the previous one is &lt; {@code mergeGapSeconds}
 *       (references and hypotheses alike).</li>
 *   <li>Split events longer than {@code maxEventSeconds} into pieces of that length and a remainder.</li>
 *   <li>Extend each reference piece to [onset − before, offset + after), clipped to the recording.</li>
 *   <li>A reference piece is a true positive when any hypothesis piece overlaps its extended window.</li>
 *   <li>A hypothesis piece is a false positive when it overlaps the extended window of no true-positive
 *       reference piece.</li>
 *   <li>Overlap is decided on timescoring's 10 Hz grid: a time t falls on tick {@code rint(10 t)} (half to even,
 *       as numpy's {@code round}), an event covers ticks [tick(onset), tick(offset)), and two events overlap when
 *       they share a tick. An event touching a window's edge does not overlap it.</li>
 * </ol>
 * Onset latencies are measured per merged (unsplit) reference seizure that was detected, from the earliest merged
 * hypothesis event overlapping its extended window; a merged hypothesis keeps the decision time of its first
 * event.
 *
 * <p>Immutable and thread-safe.
 */
public final class EventScoring {

    /** Timescoring's time grid: 10 ticks per second. */
    public static final int TICKS_PER_SECOND = 10;

    private final EventScoringSpec spec;

    /** Scoring with {@code spec}; {@link EventScoringSpec#SZCORE} for SzCORE. */
    public EventScoring(EventScoringSpec spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
    }

    /** The parameters. */
    public EventScoringSpec spec() {
        return spec;
    }

    /**
     * Scores one recording.
     *
     * @param reference        labelled seizures, any order
     * @param hypotheses       detected events, any order (e.g. {@link HypothesisEvent#fromDetections})
     * @param recordingSeconds the recording's duration; events running past it are cut there first
     * @throws IllegalArgumentException when the duration is not positive and finite, or an event starts at or
     *                                  after the end of the recording
     */
    public EventScore score(List<SeizureInterval> reference, List<HypothesisEvent> hypotheses,
                            double recordingSeconds) {
        if (!(recordingSeconds > 0) || !Double.isFinite(recordingSeconds)) {
            throw new IllegalArgumentException("recordingSeconds: " + recordingSeconds + " (expected: finite, > 0)");
        }
        List<Span> refs = merge(references(reference, recordingSeconds));
        List<Span> hyps = merge(hypotheses(hypotheses, recordingSeconds));
        long endTick = tick(recordingSeconds);
        List<Span> refPieces = split(refs);
        List<Span> hypPieces = split(hyps);
        List<long[]> detectedWindows = new ArrayList<>();
        for (Span ref : refPieces) {
            long[] window = extendedTicks(ref, recordingSeconds, endTick);
            if (hypPieces.stream().anyMatch(h -> overlaps(ticks(h, endTick), window))) {
                detectedWindows.add(window);
            }
        }
        long falsePositives = hypPieces.stream()
                .filter(h -> detectedWindows.stream().noneMatch(w -> overlaps(ticks(h, endTick), w)))
                .count();
        return new EventScore(refPieces.size(), detectedWindows.size(), falsePositives, hypPieces.size(),
                recordingSeconds, latencies(refs, hyps, recordingSeconds, endTick));
    }

    private List<OnsetLatency> latencies(List<Span> refs, List<Span> hyps, double recordingSeconds, long endTick) {
        List<OnsetLatency> out = new ArrayList<>();
        for (Span ref : refs) {
            long[] window = extendedTicks(ref, recordingSeconds, endTick);
            hyps.stream().filter(h -> overlaps(ticks(h, endTick), window)).findFirst().ifPresent(h ->
                    out.add(new OnsetLatency(ref.startSeconds(), h.startSeconds(), h.decisionSeconds())));
        }
        return out;
    }

    private long[] extendedTicks(Span ref, double recordingSeconds, long endTick) {
        double start = Math.max(0, ref.startSeconds() - spec.toleranceBeforeSeconds());
        double end = Math.min(recordingSeconds, ref.endSeconds() + spec.toleranceAfterSeconds());
        return new long[] {Math.min(tick(start), endTick), Math.min(tick(end), endTick)};
    }

    private static long[] ticks(Span span, long endTick) {
        return new long[] {Math.min(tick(span.startSeconds()), endTick), Math.min(tick(span.endSeconds()), endTick)};
    }

    private static boolean overlaps(long[] a, long[] b) {
        return Math.max(a[0], b[0]) < Math.min(a[1], b[1]);
    }

    static long tick(double seconds) {
        return (long) Math.rint(seconds * TICKS_PER_SECOND);
    }

    private List<Span> merge(List<Span> sorted) {
        List<Span> out = new ArrayList<>();
        for (Span span : sorted) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && span.startSeconds() - last.endSeconds() < spec.mergeGapSeconds()) {
                out.set(out.size() - 1, new Span(last.startSeconds(), Math.max(last.endSeconds(), span.endSeconds()),
                        last.decisionSeconds()));
            } else {
                out.add(span);
            }
        }
        return out;
    }

    private List<Span> split(List<Span> spans) {
        List<Span> out = new ArrayList<>();
        double max = spec.maxEventSeconds();
        for (Span span : spans) {
            double start = span.startSeconds();
            while (span.endSeconds() - start > max) {
                out.add(new Span(start, start + max, Double.NaN));
                start += max;
            }
            out.add(new Span(start, span.endSeconds(), Double.NaN));
        }
        return out;
    }

    private static List<Span> references(List<SeizureInterval> reference, double recordingSeconds) {
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < reference.size(); i++) {
            SeizureInterval s = reference.get(i);
            checkStart("reference", i, s.onsetSeconds(), recordingSeconds);
            spans.add(new Span(s.onsetSeconds(), Math.min(s.offsetSeconds(), recordingSeconds), Double.NaN));
        }
        spans.sort(Comparator.comparingDouble(Span::startSeconds));
        return spans;
    }

    private static List<Span> hypotheses(List<HypothesisEvent> hypotheses, double recordingSeconds) {
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < hypotheses.size(); i++) {
            HypothesisEvent h = hypotheses.get(i);
            checkStart("hypotheses", i, h.onsetSeconds(), recordingSeconds);
            double end = Math.min(h.offsetSeconds(), recordingSeconds);
            spans.add(new Span(h.onsetSeconds(), end, h.decisionSeconds()));
        }
        spans.sort(Comparator.comparingDouble(Span::startSeconds));
        return spans;
    }

    private static void checkStart(String list, int index, double onsetSeconds, double recordingSeconds) {
        if (onsetSeconds >= recordingSeconds) {
            throw new IllegalArgumentException(list + "[" + index + "].onsetSeconds: " + onsetSeconds
                    + " (expected: < recordingSeconds " + recordingSeconds + ")");
        }
    }

    /** An event being scored; {@code decisionSeconds} is that of its first merged hypothesis, NaN for references. */
    private record Span(double startSeconds, double endSeconds, double decisionSeconds) {
    }
}
