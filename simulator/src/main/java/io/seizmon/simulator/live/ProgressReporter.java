package io.seizmon.simulator.live;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Prints one progress line, rewritten in place ({@code \r}) once per second on its own daemon thread: per subject
 * the recording time published, frames per second over the last second and the last frame's lag behind schedule;
 * with more than {@value #MAX_SUBJECTS_SHOWN} subjects, the least recording time, total frames per second and the
 * largest lag. Uses the system clock for its own period whatever clock paces the streams.
 */
final class ProgressReporter {

    static final int MAX_SUBJECTS_SHOWN = 3;

    private final StreamingRun run;
    private final PrintWriter err;
    private final Thread thread = new Thread(this::loop, "replay-progress");
    private volatile boolean stopped;
    private long[] lastFrames;
    private long lastNanos;
    private int lastLength;

    ProgressReporter(StreamingRun run, PrintWriter err) {
        this.run = run;
        this.err = err;
        thread.setDaemon(true);
    }

    void start() {
        lastFrames = new long[run.stats().size()];
        lastNanos = System.nanoTime();
        thread.start();
    }

    /** Stops the thread and ends the line, so what follows starts on a fresh one. */
    void stop() throws InterruptedException {
        stopped = true;
        LockSupport.unpark(thread);
        thread.join();
        err.println();
        err.flush();
    }

    private void loop() {
        while (!stopped) {
            LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(1));
            if (!stopped) {
                print(line());
            }
        }
    }

    private String line() {
        List<StreamStats> stats = run.stats();
        List<String> subjects = run.subjectIds();
        long now = System.nanoTime();
        double seconds = Math.max(1e-9, (now - lastNanos) / 1e9);
        StringBuilder line = new StringBuilder();
        double totalRate = 0;
        double leastRecording = Double.POSITIVE_INFINITY;
        long worstLag = 0;
        for (int i = 0; i < stats.size(); i++) {
            StreamStats.Snapshot s = stats.get(i).snapshot();
            double framesPerSecond = (s.frames() - lastFrames[i]) / seconds;
            lastFrames[i] = s.frames();
            double recording = s.samples() / Math.max(1e-9, rate(i));
            totalRate += framesPerSecond;
            leastRecording = Math.min(leastRecording, recording);
            worstLag = Math.max(worstLag, s.lastLagNanos());
            if (stats.size() <= MAX_SUBJECTS_SHOWN) {
                line.append(i > 0 ? " | " : "").append(String.format(Locale.ROOT, "%s %s %.1f fr/s lag %s",
                        subjects.get(i), TimeText.clock(recording), framesPerSecond,
                        s.paced() ? TimeText.millis(s.lastLagNanos()) : "-"));
            }
        }
        lastNanos = now;
        if (stats.size() > MAX_SUBJECTS_SHOWN) {
            line.append(String.format(Locale.ROOT, "%d subjects, at least %s, %.1f fr/s, max lag %s", stats.size(),
                    TimeText.clock(leastRecording), totalRate, TimeText.millis(worstLag)));
        }
        return line.toString();
    }

    private double rate(int stream) {
        return run.sampleRatesHz().get(stream);
    }

    private void print(String line) {
        int pad = Math.max(0, lastLength - line.length());
        err.print("\r" + line + " ".repeat(pad));
        err.flush();
        lastLength = line.length();
    }
}
