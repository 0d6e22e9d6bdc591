package io.seizmon.agent.mqtt;

import io.seizmon.agent.config.AgentConfig;
import io.seizmon.agent.metrics.AgentMetrics;
import io.seizmon.agent.pipeline.Ingest;
import io.seizmon.agent.pipeline.IngestTarget;
import io.seizmon.agent.pipeline.RejectionReporter;
import io.seizmon.agent.pipeline.StreamKey;
import io.seizmon.core.wire.EegFrame;
import io.seizmon.core.wire.FrameCodec;
import io.seizmon.core.wire.JsonFrameCodec;
import io.seizmon.core.wire.PayloadResult;
import io.seizmon.core.wire.ResyncRequest;
import io.seizmon.core.wire.ResyncRequestCodec;
import io.seizmon.core.wire.StreamMeta;
import io.seizmon.core.wire.StreamMetaCodec;
import io.seizmon.core.wire.StreamTopic;
import io.seizmon.core.wire.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inbound half of the MQTT edge, called on Paho's callback thread for every message: parses the topic, skips
 * subjects that are not selected, decodes with eeg-core's codecs, offers the frame or metadata to the bounded
 * {@link IngestTarget} and counts every rejection by reason. It returns quickly, never blocks (a full queue is
 * counted as overflow), and never throws: a throw from Paho's {@code messageArrived} would shut the client down.
 *
 * <p>Threading: any thread; it keeps no state of its own.
 */
public final class FrameSubscriber {

    private static final Logger LOG = LoggerFactory.getLogger(FrameSubscriber.class);

    private final AgentConfig config;
    private final IngestTarget queue;
    private final AgentMetrics metrics;
    private final RejectionReporter rejections;
    private final LongSupplier nanoClock;
    private final Consumer<ResyncRequest> resync;

    /** A subscriber without resync requests (they are logged and dropped). */
    public FrameSubscriber(AgentConfig config, IngestTarget queue, AgentMetrics metrics, RejectionReporter rejections,
                           LongSupplier nanoClock) {
        this(config, queue, metrics, rejections, nanoClock,
                request -> LOG.debug("resync request from {} ignored", request.requester()));
    }

    /** @param resync gets each valid resync request, on Paho's callback thread: it must not block */
    public FrameSubscriber(AgentConfig config, IngestTarget queue, AgentMetrics metrics, RejectionReporter rejections,
                           LongSupplier nanoClock, Consumer<ResyncRequest> resync) {
        this.config = config;
        this.queue = queue;
        this.metrics = metrics;
        this.rejections = rejections;
        this.nanoClock = nanoClock;
        this.resync = resync;
    }

    /**
     * The subscription filters: raw, raw-json and meta of every subject (live only unless simulated are included),
     * and the resync topic.
     */
    public List<String> filters() {
        List<Topics.Leaf> leaves = List.of(Topics.Leaf.RAW, Topics.Leaf.RAW_JSON, Topics.Leaf.META);
        List<String> filters = new ArrayList<>(leaves.stream()
                .map(leaf -> config.includeSimulated() ? Topics.filter(leaf) : Topics.filter(leaf, false)).toList());
        filters.add(Topics.resync());
        return List.copyOf(filters);
    }

    /** Handles one message; never throws. */
    public void onMessage(String topic, byte[] payload) {
        try {
            long arrival = nanoClock.getAsLong();
            if (Topics.resync().equals(topic)) {
                resync(payload, topic);
                return;
            }
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

    private void frame(PayloadResult<EegFrame> result, String topic, long arrival) {
        if (result instanceof PayloadResult.Decoded<EegFrame> decoded) {
            metrics.frameIn();
            queue.offer(new Ingest.Frame(decoded.value(), arrival));
        } else if (result instanceof PayloadResult.Rejected<EegFrame> rejected) {
            rejections.report(rejected.reason(), topic, rejected.detail());
        }
    }

    private void resync(byte[] payload, String topic) {
        PayloadResult<ResyncRequest> result = ResyncRequestCodec.decode(payload);
        if (result instanceof PayloadResult.Decoded<ResyncRequest> decoded) {
            resync.accept(decoded.value());
        } else if (result instanceof PayloadResult.Rejected<ResyncRequest> rejected) {
            rejections.report(rejected.reason(), topic, rejected.detail());
        }
    }

    private void meta(byte[] payload, StreamTopic stream, String topic) {
        StreamKey key = new StreamKey(stream.subjectId(), stream.simulated());
        if (payload == null || payload.length == 0) {
            queue.offer(new Ingest.Meta(key, null));
            return;
        }
        PayloadResult<StreamMeta> result = StreamMetaCodec.decode(payload, stream.subjectId(), stream.simulated());
        if (result instanceof PayloadResult.Decoded<StreamMeta> decoded) {
            queue.offer(new Ingest.Meta(key, decoded.value()));
        } else if (result instanceof PayloadResult.Rejected<StreamMeta> rejected) {
            rejections.report(rejected.reason(), topic, rejected.detail());
        }
    }
}
