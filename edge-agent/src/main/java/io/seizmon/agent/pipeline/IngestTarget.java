package io.seizmon.agent.pipeline;

/** Where the MQTT callback hands decoded frames and metadata: one {@link IngestQueue}, or the {@link PipelineShards}. */
public interface IngestTarget {

    /**
     * Hands over the item without blocking; returns false (and counts the overflow for its stream) when there is no
     * room. Never throws.
     */
    boolean offer(Ingest item);
}
