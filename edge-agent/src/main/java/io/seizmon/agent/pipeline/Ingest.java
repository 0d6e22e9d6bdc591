package io.seizmon.agent.pipeline;

import io.seizmon.core.wire.EegFrame;
import io.seizmon.core.wire.StreamMeta;
import java.util.Objects;

/** What the MQTT callback hands to the pipeline thread through the {@link IngestQueue}. */
public sealed interface Ingest permits Ingest.Frame, Ingest.Meta {

    /** The stream the item belongs to. */
    StreamKey key();

    /**
     * A decoded frame.
     *
     * @param frame        the frame; the pipeline owns it from now on
     * @param arrivalNanos {@link System#nanoTime()} when the message arrived, for the decision latency
     */
    record Frame(EegFrame frame, long arrivalNanos) implements Ingest {
        public Frame {
            Objects.requireNonNull(frame, "frame");
        }

        @Override
        public StreamKey key() {
            return new StreamKey(frame.subjectId(), frame.simulated());
        }
    }

    /**
     * The stream's retained metadata, or its clearing.
     *
     * @param key  the stream
     * @param meta the metadata, or null when the publisher cleared it (the stream is gone)
     */
    record Meta(StreamKey key, StreamMeta meta) implements Ingest {
        public Meta {
            Objects.requireNonNull(key, "key");
        }
    }
}
