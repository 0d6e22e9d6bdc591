package io.seizmon.agent.mqtt;

import io.seizmon.agent.config.AgentConfig;
import io.seizmon.agent.metrics.AgentMetrics;
import io.seizmon.agent.pipeline.Ingest;
import io.seizmon.agent.pipeline.IngestQueue;
import io.seizmon.agent.pipeline.RejectionReporter;
import io.seizmon.agent.pipeline.StreamKey;
import io.seizmon.core.wire.DecodeResult;
import io.seizmon.core.wire.FrameCodec;
import io.seizmon.core.wire.JsonFrameCodec;
import io.seizmon.core.wire.StreamMetaCodec;
import io.seizmon.core.wire.StreamMetaResult;
import io.seizmon.core.wire.StreamTopic;
import io.seizmon.core.wire.Topics;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inbound half of the MQTT edge, called on Paho's callback thread for every message: parses the topic, skips
 * subjects that are not selected, decodes with eeg-core's codecs, offers the frame or metadata to the bounded
 * {@link IngestQueue} and counts every rejection by reason. It returns quickly, never blocks (a full queue is
 * counted as overflow), and never throws: a throw from Paho's {@code messageArrived} would shut the client down.
 *
 * <p>Threading: any thread; it keeps no state of its own.
 */
public final class FrameSubscriber {

    private static final Logger LOG = LoggerFactory.getLogger(FrameSubscriber.class);

    private final AgentConfig config;
    private final IngestQueue queue;
    private final AgentMetrics metrics;
    private final RejectionReporter rejections;
    private final LongSupplier nanoClock;

    public FrameSubscriber(AgentConfig config, IngestQueue queue, AgentMetrics metrics, RejectionReporter rejections,
                           LongSupplier nanoClock) {
        this.config = config;
        this.queue = queue;
        this.metrics = metrics;
        this.rejections = rejections;
        this.nanoClock = nanoClock;
    }

    /** The subscription filters: raw, raw-json and meta of every subject (live only unless simulated are included). */
    public List<String> filters() {
        List<Topics.Leaf> leaves = List.of(Topics.Leaf.RAW, Topics.Leaf.RAW_JSON, Topics.Leaf.META);
        return leaves.stream().map(leaf -> config.includeSimulated() ? Topics.filter(leaf) : Topics.filter(leaf, false))
                .toList();
    }

    /** Handles one message; never throws. */
    public void onMessage(String topic, byte[] payload) {
        try {
            long arrival = nanoClock.getAsLong();
            Optional<StreamTopic> parsed = Topics.parse(topic);
            if (parsed.isEmpty()) {
                return;
            }
            StreamTopic stream = parsed.get();
            if (!config.selects(stream.subjectId(), stream.simulated())) {
                return;
            }
            switch (stream.leaf()) {
                case RAW -> frame(FrameCodec.decode(payload, stream), topic, arrival);
                case RAW_JSON -> frame(JsonFrameCodec.decode(payload, stream.subjectId(), stream.simulated()), topic,
                        arrival);
                case META -> meta(payload, stream, topic);
                default -> {
                    // other leaves are not subscribed
                }
            }
        } catch (Throwable e) {
            LOG.error("message on {} ({} bytes) could not be handled, skipped: {}", topic,
                    payload == null ? 0 : payload.length, e.toString(), e);
        }
    }

    private void frame(DecodeResult result, String topic, long arrival) {
        if (result instanceof DecodeResult.Decoded decoded) {
            metrics.frameIn();
            queue.offer(new Ingest.Frame(decoded.frame(), arrival));
        } else if (result instanceof DecodeResult.Rejected rejected) {
            rejections.report(rejected.reason(), topic, rejected.detail());
        }
    }

    private void meta(byte[] payload, StreamTopic stream, String topic) {
        StreamKey key = new StreamKey(stream.subjectId(), stream.simulated());
        if (payload == null || payload.length == 0) {
            queue.offer(new Ingest.Meta(key, null));
            return;
        }
        StreamMetaResult result = StreamMetaCodec.decode(payload, stream.subjectId(), stream.simulated());
        if (result instanceof StreamMetaResult.Decoded decoded) {
            queue.offer(new Ingest.Meta(key, decoded.meta()));
        } else if (result instanceof StreamMetaResult.Rejected rejected) {
            rejections.report(rejected.reason(), topic, rejected.detail());
        }
    }
}
