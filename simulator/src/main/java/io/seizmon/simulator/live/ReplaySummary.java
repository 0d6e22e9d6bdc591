package io.seizmon.simulator.live;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;

/**
 * The end of a run: one report per stream, the wall time, the broker reconnections and whether the last
 * acknowledgements came.
 *
 * @param streams      one report per stream, in the order given
 * @param wallNanos    from the start to the last acknowledgement, ns on the run's clock
 * @param reconnects   times the broker connection was lost and regained
 * @param flushFailure null when the broker acknowledged everything at the end, else why not
 */
public record ReplaySummary(List<StreamReport> streams, long wallNanos, int reconnects, Throwable flushFailure) {

    public ReplaySummary {
        streams = List.copyOf(streams);
    }

    /** Returns true when every stream ran to its end and everything was acknowledged. */
    public boolean succeeded() {
        return flushFailure == null && streams.stream().allMatch(StreamReport::completed);
    }

    /** Returns true when a stream was cancelled. */
    public boolean cancelled() {
        return streams.stream().anyMatch(s -> s.failure() instanceof CancellationException);
    }

    /** Returns the first failure other than a cancellation (a stream's, else the flush's), or null. */
    public Throwable firstFailure() {
        return streams.stream().map(StreamReport::failure)
                .filter(f -> f != null && !(f instanceof CancellationException)).findFirst().orElse(flushFailure);
    }

    /** Returns the summary as printed at the end: a line per stream, then totals. */
    public String format() {
        StringBuilder text = new StringBuilder();
        long frames = 0;
        long bytes = 0;
        long events = 0;
        for (StreamReport s : streams) {
            StreamStats.Snapshot st = s.stats();
            frames += st.frames();
            bytes += st.bytes();
            events += st.events();
            text.append(String.format(Locale.ROOT, "%s (%s, %d ch at %s Hz): %d frames, %d samples/ch, %.1f kB, "
                    + "%d truth events%s, %s of recording%s, %s%n", s.subjectId(), s.sourceName(), s.channels(),
                    s.sampleRateHz(), st.frames(), st.samples(), st.bytes() / 1e3, st.events(),
                    st.eventsSkipped() > 0 ? " (" + st.eventsSkipped() + " after the end skipped)" : "",
                    TimeText.clock(s.recordingSeconds()), st.passes() > 1 ? " in " + st.passes() + " passes" : "",
                    lag(st)));
            if (!s.completed()) {
                text.append("  ").append(s.subjectId()).append(": ")
                        .append(s.failure() instanceof CancellationException ? "cancelled" : "FAILED: "
                                + s.failure().getMessage()).append(System.lineSeparator());
            }
        }
        text.append(String.format(Locale.ROOT, "total: %d streams, %d frames, %.1f kB, %d truth events in %s, "
                + "%d reconnects%s%n", streams.size(), frames, bytes / 1e3, events, TimeText.clock(wallNanos / 1e9),
                reconnects, flushFailure == null ? ", all acknowledged" : "; NOT all acknowledged: "
                        + flushFailure.getMessage()));
        return text.toString();
    }

    private static String lag(StreamStats.Snapshot st) {
        return !st.paced() ? "unpaced (max speed)" : "lag behind schedule: max " + TimeText.millis(st.maxLagNanos())
                + ", last frame "
                + TimeText.millis(st.lastLagNanos());
    }
}
