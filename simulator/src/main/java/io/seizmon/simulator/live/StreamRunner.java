package io.seizmon.simulator.live;

import io.seizmon.core.wire.EegFrame;
import io.seizmon.core.wire.FrameCodec;
import io.seizmon.core.wire.SampleEncoding;
import io.seizmon.core.wire.StreamMeta;
import io.seizmon.core.wire.StreamMetaCodec;
import io.seizmon.core.wire.Topics;
import io.seizmon.core.wire.TruthEventCodec;
import io.seizmon.simulator.pacing.ChunkSchedule;
import io.seizmon.simulator.pacing.ReplayClock;
import io.seizmon.simulator.publish.MessagePublisher;
import io.seizmon.simulator.publish.PublishException;
import io.seizmon.simulator.source.SampleSource;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.function.Consumer;

/**
 * Publishes one stream on its own thread: each frame when its schedule says, each truth event when its onset is
 * reached, then clears the metadata ({@link #publishMeta} is called before the run starts).
 *
 * <p>Order: before frame {@code k} (first sample {@code i}), every event with onset &le; {@code i / rate} goes out,
 * each waiting for its own due time, so events and frames interleave in recording order at every speed. Events
 * whose onset lies after the end of the data are counted as skipped, with a warning. With {@code loop}, the source
 * is reopened at its end and the stream goes on: sample indices, sequence numbers and time stamps continue, and
 * each pass's events are added with the pass's offset.
 */
final class StreamRunner {

    private final SubjectStream stream;
    private final StreamOptions options;
    private final Consumer<String> warnings;
    private final ChunkSchedule schedule;
    private final StreamStats stats;
    private final int channels;
    private final String rawTopic;
    private final String metaTopic;
    private final String truthTopic;
    private SampleSource source;
    private long passStartSample;

    StreamRunner(SubjectStream stream, SampleSource first, StreamOptions options, Consumer<String> warnings) {
        this.stream = stream;
        this.source = first;
        this.options = options;
        this.warnings = warnings;
        this.schedule = StreamShape.schedule(first, options.chunkMillis(), options.speed());
        this.channels = first.channelLabels().size();
        this.stats = new StreamStats(!options.speed().isMax());
        this.rawTopic = Topics.raw(stream.subjectId(), true);
        this.metaTopic = Topics.meta(stream.subjectId(), true);
        this.truthTopic = Topics.truth(stream.subjectId(), true);
    }

    StreamStats stats() {
        return stats;
    }

    double sampleRateHz() {
        return schedule.sampleRateHz();
    }

    SampleSource source() {
        return source;
    }

    /**
     * Runs the stream to its end. The caller closes the source afterwards ({@link #source()}).
     *
     * @param startNanos       the replay's start on the clock, shared by every stream
     * @param startEpochMicros the time stamp of every stream's first sample
     */
    void run(MessagePublisher publisher, long startNanos, long startEpochMicros) throws IOException,
            PublishException, InterruptedException {
        ReplayClock clock = options.clock();
        TruthSchedule truths = new TruthSchedule(stream.subjectId(), startEpochMicros);
        truths.addPass(source.events(), 0);
        float[] chunk = new float[channels * schedule.maxSamplesPerChunk()];
        float[] scratch = new float[chunk.length];
        long sampleIndex = 0;
        for (long k = 0; ; k++) {
            int wanted = schedule.samplesIn(k);
            int got = fill(chunk, scratch, wanted, sampleIndex, truths);
            if (got == 0) {
                break;
            }
            publishEvents(publisher, truths, sampleIndex / schedule.sampleRateHz(), startNanos);
            long dueNanos = startNanos + schedule.dueNanos(sampleIndex);
            clock.parkUntil(dueNanos);
            EegFrame frame = new EegFrame(stream.subjectId(), true, k, startEpochMicros
                    + schedule.sampleMicros(sampleIndex), schedule.sampleRateHz(), channels, got,
                    Arrays.copyOf(chunk, got * channels));
            byte[] payload = options.encoding() == SampleEncoding.INT16 ? FrameCodec.encodeInt16(frame)
                    : FrameCodec.encodeFloat32(frame);
            publisher.publish(rawTopic, payload, Topics.Leaf.RAW.qos(), Topics.Leaf.RAW.retained());
            stats.onFrame(got, payload.length, clock.nanoTime() - dueNanos);
            sampleIndex += got;
            if (got < wanted) {
                break;
            }
        }
        publishEvents(publisher, truths, sampleIndex / schedule.sampleRateHz(), startNanos);
        if (truths.remaining() > 0) {
            stats.onEventsSkipped(truths.remaining());
            warnings.accept(stream.subjectId() + ": " + truths.remaining() + " events after the end of the data (first"
                    + " at " + truths.nextOnsetSeconds() + " s) not published");
        }
        clearMeta(publisher);
    }

    /** Publishes the empty retained payload that tells subscribers the stream is gone. */
    void clearMeta(MessagePublisher publisher) throws PublishException, InterruptedException {
        publisher.publish(metaTopic, new byte[0], Topics.Leaf.META.qos(), true);
    }

    /** Publishes the retained metadata; done for every stream before the run's clock starts. */
    void publishMeta(MessagePublisher publisher) throws PublishException, InterruptedException {
        String description = "replay of " + source.name();
        StreamMeta meta = new StreamMeta(stream.subjectId(), true, source.channelLabels(),
                Collections.nCopies(channels, "uV"), schedule.sampleRateHz(),
                description.length() > StreamMeta.MAX_SOURCE_LENGTH
                        ? description.substring(0, StreamMeta.MAX_SOURCE_LENGTH) : description);
        publisher.publish(metaTopic, StreamMetaCodec.encode(meta), Topics.Leaf.META.qos(), Topics.Leaf.META.retained());
    }

    private void publishEvents(MessagePublisher publisher, TruthSchedule truths, double upToSeconds, long startNanos)
            throws PublishException, InterruptedException {
        while (truths.nextOnsetSeconds() <= upToSeconds) {
            options.clock().parkUntil(startNanos + schedule.dueNanosAt(truths.nextOnsetSeconds()));
            publisher.publish(truthTopic, TruthEventCodec.encode(truths.take()), Topics.Leaf.TRUTH.qos(),
                    Topics.Leaf.TRUTH.retained());
            stats.onEvent();
        }
    }

    /** Reads up to {@code wanted} samples per channel into {@code chunk}, reopening the source at its end to loop. */
    private int fill(float[] chunk, float[] scratch, int wanted, long sampleIndex, TruthSchedule truths)
            throws IOException {
        int got = 0;
        while (got < wanted) {
            int n = source.read(scratch, wanted - got);
            if (n == 0) {
                if (!options.loop() || !reopen(sampleIndex + got, truths)) {
                    break;
                }
                continue;
            }
            System.arraycopy(scratch, 0, chunk, got * channels, n * channels);
            got += n;
        }
        return got;
    }

    private boolean reopen(long nextSample, TruthSchedule truths) throws IOException {
        if (nextSample == passStartSample) {
            return false;
        }
        source.close();
        source = stream.opener().open();
        if (source.sampleRateHz() != schedule.sampleRateHz() || source.channelLabels().size() != channels) {
            throw new IOException(source.name() + ": changed between loop passes (" + source.sampleRateHz() + " Hz, "
                    + source.channelLabels().size() + " channels; expected " + schedule.sampleRateHz() + " Hz, "
                    + channels + ")");
        }
        passStartSample = nextSample;
        truths.addPass(source.events(), nextSample / schedule.sampleRateHz());
        stats.onPass();
        return true;
    }
}
