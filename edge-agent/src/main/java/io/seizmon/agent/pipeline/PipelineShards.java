package io.seizmon.agent.pipeline;

import io.seizmon.agent.config.AgentConfig;
import io.seizmon.agent.metrics.AgentMetrics;
import io.seizmon.core.model.ModelFormatException;
import io.seizmon.core.quality.QualitySpec;
import io.seizmon.core.wire.AlertEvent;
import io.seizmon.core.wire.ScoreUpdate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The pipeline's work spread over threads {@code pipeline-0 .. pipeline-(n-1)}: each a {@link Pipeline} with its own
 * {@link IngestQueue} (the configured bounds split evenly between them) and its own instance of the model (an ONNX
 * session belongs to one thread). A stream is assigned to a shard when its first item arrives (the shard with the
 * fewest streams so far) and stays there, so its frames keep their order and its state has one owner; windows of
 * different streams that complete together (subjects whose hops coincide) are decided on all threads at once.
 *
 * <p>A new model is offered to every shard; each switches between its own batches, so for a moment two shards may
 * decide with different models (every event names the model that decided it).
 *
 * <p>Threading: {@link #offer} from the MQTT callback thread(s); {@link #offerModel} from the model watcher; the
 * rest from any thread.
 */
public final class PipelineShards implements IngestTarget {

    /** Makes another instance of a loaded model: the same file, the same SHA-256. */
    public interface ModelCopier {
        ScoringModel copy(ScoringModel original) throws ModelFormatException;
    }

    private final List<IngestQueue> queues = new ArrayList<>();
    private final List<Pipeline> pipelines = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final ModelCopier copier;
    private final PipelineOutput output;
    private final Map<StreamKey, Integer> assignment = new ConcurrentHashMap<>();
    private final int[] streamsPerShard;
    private final List<Set<StreamKey>> streamsOfShard = new ArrayList<>();

    /**
     * Builds {@code shards} pipelines; {@code model} goes to the first, the others get copies from {@code copier}.
     *
     * @throws ModelFormatException when a copy cannot be loaded (the copies made are closed; {@code model} is not)
     */
    public PipelineShards(int shards, AgentConfig config, QualitySpec quality, ScoringModel model, ModelCopier copier,
                          PipelineOutput output, AgentMetrics metrics, RejectionReporter rejections,
                          LongSupplier nanoClock, LongSupplier wallMicros) throws ModelFormatException {
        this(shards, config, quality, model, copier, output, metrics, rejections, nanoClock, wallMicros,
                RawRecorder.NONE);
    }

    /** As above, every pipeline also handing accepted frames, breaks and events to {@code recorder}. */
    public PipelineShards(int shards, AgentConfig config, QualitySpec quality, ScoringModel model, ModelCopier copier,
                          PipelineOutput output, AgentMetrics metrics, RejectionReporter rejections,
                          LongSupplier nanoClock, LongSupplier wallMicros, RawRecorder recorder)
            throws ModelFormatException {
        if (shards < 1) {
            throw new IllegalArgumentException("shards: " + shards + " (expected: >= 1)");
        }
        this.copier = copier;
        this.output = output;
        this.streamsPerShard = new int[shards];
        List<ScoringModel> models = instances(model, shards, false);
        for (int i = 0; i < shards; i++) {
            IngestQueue queue = new IngestQueue(Math.max(16, config.queueCapacity() / shards),
                    Math.max(1024, config.queueMaxSamples() / shards));
            Pipeline pipeline = new Pipeline(config, quality, models.get(i), queue, new ShardOutput(i), metrics,
                    rejections, nanoClock, wallMicros, recorder);
            queues.add(queue);
            pipelines.add(pipeline);
            threads.add(new Thread(pipeline, "pipeline-" + i));
            streamsOfShard.add(Set.of());
        }
    }

    /** Starts the pipeline threads. */
    public void start() {
        threads.forEach(Thread::start);
    }

    /** Number of pipeline threads. */
    public int size() {
        return pipelines.size();
    }

    @Override
    public boolean offer(Ingest item) {
        if (queues.size() == 1) {
            return queues.get(0).offer(item);
        }
        return queues.get(assignment.computeIfAbsent(item.key(), key -> leastLoaded())).offer(item);
    }

    private int leastLoaded() {
        synchronized (streamsPerShard) {
            int best = 0;
            for (int i = 1; i < streamsPerShard.length; i++) {
                best = streamsPerShard[i] < streamsPerShard[best] ? i : best;
            }
            streamsPerShard[best]++;
            return best;
        }
    }

    /**
     * Hands a new, validated model to every shard (copies for all but the first). When a copy cannot be loaded the
     * running models stay, {@code next} and the copies are closed.
     *
     * @throws IllegalStateException naming the cause when a copy fails
     */
    public void offerModel(ScoringModel next) {
        List<ScoringModel> models;
        try {
            models = instances(next, pipelines.size(), true);
        } catch (ModelFormatException e) {
            throw new IllegalStateException("model " + next.file() + ": a copy for another pipeline thread failed: "
                    + e.getMessage(), e);
        }
        for (int i = 0; i < pipelines.size(); i++) {
            pipelines.get(i).offerModel(models.get(i));
        }
    }

    private List<ScoringModel> instances(ScoringModel first, int count, boolean closeFirstOnFailure)
            throws ModelFormatException {
        List<ScoringModel> models = new ArrayList<>(List.of(first));
        try {
            while (models.size() < count) {
                models.add(copier.copy(first));
            }
            return models;
        } catch (ModelFormatException | RuntimeException e) {
            models.subList(closeFirstOnFailure ? 0 : 1, models.size()).forEach(m -> m.onnx().close());
            throw e;
        }
    }

    /** The model the first shard decides with (all shards have it once a swap has settled). */
    public ScoringModel model() {
        return pipelines.get(0).model();
    }

    /** The model shard {@code shard} decides with. */
    ScoringModel model(int shard) {
        return pipelines.get(shard).model();
    }

    /** The shard {@code key} is assigned to; -1 before its first item. */
    int shardOf(StreamKey key) {
        return queues.size() == 1 ? 0 : assignment.getOrDefault(key, -1);
    }

    /** Each shard's loop count ({@link Pipeline#loops}), for the watchdog. */
    public long[] loops() {
        return pipelines.stream().mapToLong(Pipeline::loops).toArray();
    }

    /** True while every pipeline thread runs. */
    public boolean alive() {
        return threads.stream().allMatch(Thread::isAlive);
    }

    /** Items waiting, all shards. */
    public int queueDepth() {
        return queues.stream().mapToInt(IngestQueue::size).sum();
    }

    /** Frames lost to overflow since start, all shards. */
    public long overflowTotal() {
        return queues.stream().mapToLong(IngestQueue::overflowTotal).sum();
    }

    /** Stops every pipeline after its current item and waits up to {@code timeoutMillis} for each thread. */
    public void stop(long timeoutMillis) throws InterruptedException {
        pipelines.forEach(Pipeline::stop);
        for (Thread thread : threads) {
            thread.join(timeoutMillis);
        }
    }

    /** Closes the models in use (after {@link #stop}). */
    public void closeModels() {
        pipelines.forEach(p -> p.model().onnx().close());
    }

    /** One shard's view of the output: events and scores pass through; stream sets are merged over the shards. */
    private final class ShardOutput implements PipelineOutput {

        private final int shard;

        ShardOutput(int shard) {
            this.shard = shard;
        }

        @Override
        public void onAlert(AlertEvent event) {
            output.onAlert(event);
        }

        @Override
        public void onScores(ScoreUpdate update) {
            output.onScores(update);
        }

        @Override
        public void onStreamsChanged(Set<StreamKey> streams, ScoringModel model) {
            synchronized (streamsOfShard) {
                streamsOfShard.set(shard, Set.copyOf(streams));
                Set<StreamKey> all = new HashSet<>();
                streamsOfShard.forEach(all::addAll);
                output.onStreamsChanged(all, model);
            }
        }
    }
}
