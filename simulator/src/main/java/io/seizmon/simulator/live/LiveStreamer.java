package io.seizmon.simulator.live;

import io.seizmon.simulator.publish.MessagePublisher;
import io.seizmon.simulator.publish.PahoPublisher;
import io.seizmon.simulator.publish.PublishException;
import io.seizmon.simulator.source.SampleSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The library entry point: streams any {@link SampleSource}s to an MQTT broker as simulated subjects, paced,
 * concurrently, with ground truth, a progress line and a summary. {@code seizmon simulate replay} uses it for
 * recordings; a synthetic source streams the same way:
 *
 * <pre>{@code
 * StreamOptions options = StreamOptions.builder().broker(BrokerOptions.of("tcp://localhost:1883"))
 *         .speed(ReplaySpeed.REAL_TIME).progress(System.console() != null).build();
 * ReplaySummary summary = LiveStreamer.stream(List.of(source1, source2), options);
 * }</pre>
 *
 * <p>Each stream publishes retained metadata on {@code seizmon/v1/sim/<subject>/meta}, binary frames on
 * {@code .../raw} and its events on {@code .../truth}, then clears the metadata. While it runs, a JVM shutdown
 * (Ctrl-C) cancels the streams and gives them up to {@value #SHUTDOWN_GRACE_SECONDS} s to clear their metadata and
 * print the summary.
 * The calling thread blocks until every stream has ended.
 */
public final class LiveStreamer {

    static final int SHUTDOWN_GRACE_SECONDS = 5;

    private LiveStreamer() {
    }

    /**
     * Streams {@code sources} once each, as subjects named after {@link SampleSource#name()} (normalised by
     * {@link SubjectIds}, made unique), on {@code System.out}/{@code System.err}.
     *
     * @throws IllegalArgumentException when {@code options.loop()} is set (open sources cannot be reopened: use
     *                                  {@link #run} with {@link SubjectStream}s whose openers open them again)
     * @throws PublishException         when the broker cannot be reached
     */
    public static ReplaySummary stream(List<SampleSource> sources, StreamOptions options) throws IOException,
            PublishException, InterruptedException {
        if (options.loop()) {
            throw new IllegalArgumentException("loop: true (expected: false for already open sources; pass "
                    + "SubjectStreams with openers to LiveStreamer.run to loop)");
        }
        List<String> names = new ArrayList<>();
        sources.forEach(source -> names.add(SubjectIds.normalise(source.name())));
        List<String> ids = SubjectIds.unique(names);
        List<SubjectStream> streams = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            streams.add(SubjectStream.of(ids.get(i), sources.get(i)));
        }
        return run(streams, options, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /**
     * Opens every stream, connects to the broker, streams until every stream ends, prints the summary on
     * {@code out} (unless quiet) and returns it. Warnings and the progress line go to {@code err}.
     *
     * @throws IOException              when a source cannot be opened (nothing was published)
     * @throws IllegalArgumentException when a source cannot be streamed with these options (nothing was published)
     * @throws PublishException         when the broker cannot be reached (nothing was published)
     */
    public static ReplaySummary run(List<SubjectStream> streams, StreamOptions options, PrintWriter out,
                                    PrintWriter err) throws IOException, PublishException, InterruptedException {
        StreamingRun run = StreamingRun.open(streams, options, warning -> warn(err, warning));
        MessagePublisher publisher;
        try {
            publisher = PahoPublisher.connect(options.broker());
        } catch (PublishException | RuntimeException e) {
            run.close();
            throw e;
        }
        try (publisher) {
            return run(run, publisher, options, out, err);
        }
    }

    /**
     * Runs an opened run through {@code publisher} with the progress line, prints the summary unless quiet, and
     * returns it. A JVM shutdown meanwhile cancels the run and waits for the summary to be printed.
     */
    static ReplaySummary run(StreamingRun run, MessagePublisher publisher, StreamOptions options, PrintWriter out,
                             PrintWriter err) throws PublishException, InterruptedException {
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> cancelAndWait(run, finished), "replay-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        ProgressReporter progress = options.progress() ? new ProgressReporter(run, err) : null;
        try {
            run.start(publisher);
            if (progress != null) {
                progress.start();
            }
            ReplaySummary summary = run.await();
            if (progress != null) {
                progress.stop();
                progress = null;
            }
            if (!options.quiet()) {
                out.print(summary.format());
                out.flush();
            }
            return summary;
        } finally {
            if (progress != null) {
                progress.stop();
            }
            run.close();
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // The JVM is shutting down: the hook is running.
            }
        }
    }

    private static void cancelAndWait(StreamingRun run, CountDownLatch finished) {
        run.cancel();
        try {
            finished.await(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void warn(PrintWriter err, String warning) {
        err.println("warning: " + warning);
        err.flush();
    }
}
