package io.seizmon.core.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Turns one stream's (or channel's) window scores into seizure and technical events, as {@link DetectionSpec}
 * describes.
 *
 * <p>Feed it in window order: {@link #onScore} for every scored window, {@link #onPoorSignal} for a window the
 * quality gate refused, {@link #onGap} when the stream broke, {@link #finish} at the end of an offline recording.
 * Events go to the consumer synchronously. A gap clears the onset history and ends an open seizure at its last
 * positive window. Not thread-safe: one policy belongs to one pipeline thread; nothing is allocated per window
 * unless an event is emitted.
 */
public final class DetectionPolicy {

    private static final long NO_CANDIDATE = Long.MIN_VALUE;

    private final DetectionSpec spec;
    private final Consumer<DetectionEvent> sink;
    private final WindowScore[] history;
    private int historySize;
    private int historyNext;

    private boolean inEvent;
    private long eventNumber;
    private long onsetMicros;
    private long lastPositiveEndMicros;
    private double peakProbability;
    private int eventWindows;
    private int nonPositiveRun;
    private long refractoryUntilMicros = Long.MIN_VALUE;
    private boolean poorSignal;
    /** Start of the first positive window since the history last held no positive, or NO_CANDIDATE. */
    private long candidateStartMicros = NO_CANDIDATE;

    /** Creates a policy that sends its events to {@code sink}. */
    public DetectionPolicy(DetectionSpec spec, Consumer<DetectionEvent> sink) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.history = new WindowScore[spec.onsetOf()];
    }

    /** The settings. */
    public DetectionSpec spec() {
        return spec;
    }

    /** True while a seizure event is open (onset emitted, offset not yet). */
    public boolean inEvent() {
        return inEvent;
    }

    /** Handles the score of the next window. */
    public void onScore(WindowScore score) {
        if (poorSignal) {
            poorSignal = false;
            sink.accept(technical(EventKind.SIGNAL_RESTORED, score.startMicros(), score.endMicros(),
                    "scoreable windows again"));
        }
        boolean positive = score.probability() >= spec.threshold();
        if (inEvent) {
            continueEvent(score, positive);
            return;
        }
        push(score);
        if (positive) {
            if (candidateStartMicros == NO_CANDIDATE) {
                candidateStartMicros = score.startMicros();
            }
            tryOnset(score);
        } else if (countPositives() == 0) {
            candidateStartMicros = NO_CANDIDATE;
        }
    }

    /** Handles a window the quality gate refused, with the gate's reason (e.g. "flat line"). */
    public void onPoorSignal(long windowStartMicros, long windowEndMicros, String reason) {
        if (!poorSignal) {
            poorSignal = true;
            sink.accept(technical(EventKind.POOR_SIGNAL, windowStartMicros, windowEndMicros, reason));
        }
        clearHistory();
        if (inEvent) {
            nonPositive(windowEndMicros);
        }
    }

    /** Handles a break in the stream from {@code fromMicros} to {@code toMicros}, with its reason. */
    public void onGap(long fromMicros, long toMicros, String reason) {
        if (inEvent) {
            closeEvent(fromMicros, "ended by a signal gap (" + reason + ")");
        }
        clearHistory();
        sink.accept(technical(EventKind.SIGNAL_GAP, fromMicros, toMicros, reason));
    }

    /** Ends the stream: closes an open seizure at its last positive window. */
    public void finish(long endMicros) {
        if (inEvent) {
            closeEvent(endMicros, "recording ended");
        }
    }

    private int countPositives() {
        int positives = 0;
        for (int i = 0; i < historySize; i++) {
            if (history[i].probability() >= spec.threshold()) {
                positives++;
            }
        }
        return positives;
    }

    private void tryOnset(WindowScore current) {
        int positives = countPositives();
        if (positives < spec.onsetWindows() || current.endMicros() < refractoryUntilMicros
                || current.endMicros() - candidateStartMicros < Math.round(spec.minEventSeconds() * 1e6)) {
            return;
        }
        double peak = 0;
        for (int i = 0; i < historySize; i++) {
            peak = Math.max(peak, history[i].probability());
        }
        inEvent = true;
        eventNumber++;
        onsetMicros = candidateStartMicros;
        lastPositiveEndMicros = current.endMicros();
        peakProbability = peak;
        eventWindows = historySize;
        nonPositiveRun = 0;
        sink.accept(new DetectionEvent(EventKind.SEIZURE_ONSET, eventNumber, onsetMicros, DetectionEvent.OPEN,
                current.endMicros(), peak, eventWindows, positivesOldestFirst(),
                positives + " of " + historySize + " windows >= " + spec.threshold()));
        clearHistory();
    }

    private void continueEvent(WindowScore score, boolean positive) {
        eventWindows++;
        if (positive) {
            nonPositiveRun = 0;
            lastPositiveEndMicros = score.endMicros();
            peakProbability = Math.max(peakProbability, score.probability());
        } else {
            nonPositive(score.endMicros());
        }
    }

    private void nonPositive(long decisionMicros) {
        if (++nonPositiveRun >= spec.offsetWindows()) {
            closeEvent(decisionMicros, nonPositiveRun + " windows below " + spec.threshold());
        }
    }

    private void closeEvent(long decisionMicros, String detail) {
        inEvent = false;
        refractoryUntilMicros = lastPositiveEndMicros + Math.round(spec.refractorySeconds() * 1e6);
        sink.accept(new DetectionEvent(EventKind.SEIZURE_OFFSET, eventNumber, onsetMicros, lastPositiveEndMicros,
                decisionMicros, peakProbability, eventWindows, List.of(), detail));
    }

    private DetectionEvent technical(EventKind kind, long from, long to, String detail) {
        return new DetectionEvent(kind, 0, from, to, to, 0, 0, List.of(), detail);
    }

    private void push(WindowScore score) {
        history[historyNext] = score;
        historyNext = (historyNext + 1) % history.length;
        historySize = Math.min(historySize + 1, history.length);
    }

    private List<WindowScore> positivesOldestFirst() {
        List<WindowScore> out = new ArrayList<>(historySize);
        int start = historySize < history.length ? 0 : historyNext;
        for (int i = 0; i < historySize; i++) {
            WindowScore s = history[(start + i) % history.length];
            if (s.probability() >= spec.threshold()) {
                out.add(s);
            }
        }
        return out;
    }

    private void clearHistory() {
        java.util.Arrays.fill(history, null);
        historySize = 0;
        historyNext = 0;
        candidateStartMicros = NO_CANDIDATE;
    }
}
