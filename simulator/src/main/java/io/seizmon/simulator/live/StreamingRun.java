package io.seizmon.simulator.live;

import io.seizmon.simulator.publish.MessagePublisher;
import io.seizmon.simulator.publish.PublishException;
import io.seizmon.simulator.source.SampleSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * One run of several streams, one thread each, sharing a start time and a publisher.
 *
 * <p>Why a thread per stream: a replay has a handful of streams, each mostly parked until its next frame is due;
 * its own thread lets each block on file reads and on the publisher's window without holding the others back, and
 * keeps each schedule a plain loop. Several streams share one MQTT connection.
 *
 * <p>Life cycle: {@link #open} opens every source (so bad input fails before connecting), {@link #start} starts the
 * threads, {@link #await} waits for them and for the broker's last acknowledgements, {@link #cancel} stops them
 * early (each then clears its metadata). A failing stream is reported and does not stop the others.
 * {@link #close()} releases sources of a run never started. Thread-safe.
 */
public final class StreamingRun {

    private final List<SubjectStream> streams;
    private final List<StreamRunner> runners;
    private final StreamOptions options;
    private final List<Thread> threads = new ArrayList<>();
    private final Throwable[] failures;
    private final boolean[] cancelled;
    private MessagePublisher publisher;
    private long startNanos;

    private StreamingRun(List<SubjectStream> streams, List<StreamRunner> runners, StreamOptions options) {
        this.streams = streams;
        this.runners = runners;
        this.options = options;
        this.failures = new Throwable[runners.size()];
        this.cancelled = new boolean[runners.size()];
    }

    /**
     * Opens the first pass of every stream and checks its shape against the wire format.
     *
     * @param warnings receives a line for each thing done differently from the source (thread-safe consumer)
     * @throws IOException              naming the file when one cannot be read (the others are closed again)
     * @throws IllegalArgumentException naming the source when it cannot be streamed with these options
     */
    public static StreamingRun open(List<SubjectStream> streams, StreamOptions options, Consumer<String> warnings)
            throws IOException {
        List<StreamRunner> runners = new ArrayList<>();
        try {
            for (SubjectStream stream : streams) {
                SampleSource source = stream.opener().open();
                try {
                    runners.add(new StreamRunner(stream, source, options, warnings));
                } catch (RuntimeException e) {
                    source.close();
                    throw e;
                }
            }
        } catch (IOException | RuntimeException e) {
            for (StreamRunner runner : runners) {
                closeQuietly(runner.source());
            }
            throw e;
        }
        return new StreamingRun(List.copyOf(streams), runners, options);
    }

    /**
     * Publishes every stream's retained metadata, then starts every stream: their common time base is the moment
     * the metadata is out, so the first frames are not late by the metadata's (and the codecs' first) costs.
     *
     * @throws PublishException when the metadata cannot be published (no stream started; {@link #close()} then
     *                          releases the sources)
     */
    public synchronized void start(MessagePublisher publisher) throws PublishException, InterruptedException {
        if (this.publisher != null) {
            throw new IllegalStateException("already started");
        }
        for (StreamRunner runner : runners) {
            runner.publishMeta(publisher);
        }
        this.publisher = publisher;
        startNanos = options.clock().nanoTime();
        long startEpochMicros = options.clock().epochMicros();
        for (int i = 0; i < runners.size(); i++) {
            int index = i;
            Thread thread = new Thread(() -> runStream(index, startEpochMicros), "stream-" + streams.get(i)
                    .subjectId());
            threads.add(thread);
            thread.start();
        }
    }

    private void runStream(int index, long startEpochMicros) {
        StreamRunner runner = runners.get(index);
        try {
            runner.run(publisher, startNanos, startEpochMicros);
        } catch (InterruptedException e) {
            cancelled[index] = true;
            clearMetaAfterCancel(runner);
        } catch (IOException | PublishException | RuntimeException e) {
            failures[index] = e;
            if (!(e instanceof PublishException)) {
                clearMetaAfterCancel(runner);
            }
        } finally {
            closeQuietly(runner.source());
        }
    }

    private void clearMetaAfterCancel(StreamRunner runner) {
        try {
            runner.clearMeta(publisher);
        } catch (PublishException | InterruptedException e) {
            // Best effort: the broker is gone or we are being stopped again.
        }
    }

    /** Returns the live counters of each stream, in the order given to {@link #open}. */
    public List<StreamStats> stats() {
        return runners.stream().map(StreamRunner::stats).toList();
    }

    /** Returns the sample rates, Hz, in the order given to {@link #open}. */
    public List<Double> sampleRatesHz() {
        return runners.stream().map(StreamRunner::sampleRateHz).toList();
    }

    /** Returns the subject ids, in the order given to {@link #open}. */
    public List<String> subjectIds() {
        return streams.stream().map(SubjectStream::subjectId).toList();
    }

    /** Interrupts every stream thread; each stops after clearing its metadata. */
    public synchronized void cancel() {
        threads.forEach(Thread::interrupt);
    }

    /**
     * Waits for every stream to end, then for the broker to acknowledge everything published.
     *
     * @return the summary; failures are in it, not thrown
     */
    public ReplaySummary await() throws InterruptedException {
        for (Thread thread : threads) {
            thread.join();
        }
        Throwable flushFailure = null;
        try {
            publisher.flush(options.flushTimeout());
        } catch (PublishException e) {
            flushFailure = e;
        }
        long wallNanos = options.clock().nanoTime() - startNanos;
        List<StreamReport> reports = new ArrayList<>();
        for (int i = 0; i < runners.size(); i++) {
            SampleSource source = runners.get(i).source();
            Throwable failure = cancelled[i] ? new CancellationException("cancelled") : failures[i];
            reports.add(new StreamReport(streams.get(i).subjectId(), source.name(), source.channelLabels().size(),
                    source.sampleRateHz(), runners.get(i).stats().snapshot(), failure));
        }
        return new ReplaySummary(reports, wallNanos, publisher.reconnects(), flushFailure);
    }

    /** Closes the sources of a run that was never started. */
    public synchronized void close() {
        if (publisher == null) {
            runners.forEach(runner -> closeQuietly(runner.source()));
        }
    }

    private static void closeQuietly(SampleSource source) {
        try {
            source.close();
        } catch (IOException e) {
            // Read-only files: nothing is lost by a failed close.
        }
    }
}
