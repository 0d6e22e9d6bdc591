package io.seizmon.agent.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.seizmon.agent.config.AgentConfig;
import io.seizmon.agent.config.BrokerConfig;
import io.seizmon.agent.config.DetectionConfig;
import io.seizmon.agent.config.QualityConfig;
import io.seizmon.agent.config.RecordingConfig;
import io.seizmon.agent.journal.EventJournal;
import io.seizmon.agent.metrics.AgentMetrics;
import io.seizmon.agent.model.ModelLoader;
import io.seizmon.agent.model.ModelWatcher;
import io.seizmon.agent.mqtt.BrokerConnection;
import io.seizmon.agent.mqtt.EventPublisher;
import io.seizmon.agent.mqtt.FrameSubscriber;
import io.seizmon.agent.pipeline.PipelineShards;
import io.seizmon.agent.pipeline.RawRecorder;
import io.seizmon.agent.pipeline.RejectionReporter;
import io.seizmon.agent.pipeline.ScoringModel;
import io.seizmon.agent.recording.EdfRecorder;
import io.seizmon.agent.recording.RecordingSettings;
import io.seizmon.agent.recording.RecordingStats;
import io.seizmon.agent.systemd.SystemdNotifier;
import io.seizmon.core.feature.FeatureSpec;
import io.seizmon.core.model.ModelFormatException;
import io.seizmon.core.wire.Topics;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running agent, created eagerly when the application context starts: loads and validates the model (a refused
 * model fails the start), opens the journal, starts the pipeline threads, connects to the broker, watches the model
 * file and SIGHUP, and tells systemd when ready. {@link #close} (context shutdown, SIGTERM) publishes the offline
 * status, stops the pipeline and closes the journal.
 */
@Context
public final class AgentRuntime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AgentRuntime.class);
    private static final long SWEEP_MILLIS = 5000;
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(3);
    /** The interval of the decision latency's {@code recent} histogram. */
    private static final long LATENCY_INTERVAL_MILLIS = 10_000;

    private final AgentConfig config;
    private final AgentMetrics metrics;
    private final EventJournal journal;
    private final PipelineShards pipelines;
    private final EventPublisher publisher;
    private final BrokerConnection connection;
    private final ModelWatcher watcher;
    private final EdfRecorder recorder;
    private final SystemdNotifier systemd = SystemdNotifier.forThisProcess();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "agent-timer");
        thread.setDaemon(true);
        return thread;
    });
    private long[] lastLoops = new long[0];

    public AgentRuntime(AgentConfig config, BrokerConfig broker, DetectionConfig detection, QualityConfig quality,
                        RecordingConfig recording, MeterRegistry registry) throws ModelFormatException, IOException {
        this.config = config;
        this.metrics = new AgentMetrics(registry);
        ModelLoader loader = new ModelLoader(FeatureSpec.of(config.sampleRateHz(), config.windowSeconds()),
                config.maxBatch(), detection);
        ScoringModel model = loader.load(config.modelPath());
        LOG.info("model {} loaded: id {}, sha256 {}, {}, detection {}", config.modelPath(), model.modelId(),
                model.sha256(), model.onnx().metadata().featureSpec().toMetadata(), model.detection());
        this.journal = EventJournal.open(config.stateDirectory().resolve("journal"),
                EventJournal.DEFAULT_COMPACT_AFTER_SENT, config.journalRetention(), config.journalMaxEntries(),
                AgentRuntime::wallMicros);
        if (journal.backlog() > 0 || journal.damagedLines() > 0) {
            LOG.info("journal {}: {} unsent events from earlier runs, {} damaged lines skipped", journal.file(),
                    journal.backlog(), journal.damagedLines());
        }
        this.recorder = recording.enabled() ? new EdfRecorder(RecordingSettings.of(config, recording),
                System::nanoTime, System::currentTimeMillis) : null;
        RejectionReporter rejections = new RejectionReporter(metrics, System::nanoTime, TimeUnit.SECONDS.toNanos(10));
        this.publisher = new EventPublisher(config.id(), AgentVersion.get(), journal, model, AgentRuntime::wallMicros);
        this.pipelines = new PipelineShards(config.effectivePipelineThreads(), config, quality.spec(), model,
                loader::copyOf, publisher, metrics, rejections, System::nanoTime, AgentRuntime::wallMicros,
                recorder != null ? recorder : RawRecorder.NONE);
        LOG.info("{} pipeline threads; recording {}", pipelines.size(), recorder != null
                ? "to " + recorder.settings().directory() + ", " + recorder.settings().fileSeconds() + "-s files"
                : "off");
        registerGauges();
        FrameSubscriber subscriber = new FrameSubscriber(config, pipelines, metrics, rejections, System::nanoTime,
                publisher::requestResync);
        this.connection = new BrokerConnection(broker, broker.clientIdFor(config.id()), subscriber,
                Topics.agentStatus(config.id()), publisher::offlineStatus, publisher::onConnected,
                RandomGenerator.getDefault());
        publisher.attach(connection);
        publisher.start();
        if (recorder != null) {
            recorder.start();
        }
        pipelines.start();
        this.watcher = new ModelWatcher(loader, config.modelPath(), pipelines::offerModel);
        SighupHandler.install(watcher::reload);
        connection.start();
        timer.scheduleWithFixedDelay(this::sweep, SWEEP_MILLIS, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
        timer.scheduleAtFixedRate(metrics.latency()::snapshot, LATENCY_INTERVAL_MILLIS, LATENCY_INTERVAL_MILLIS,
                TimeUnit.MILLISECONDS);
        timer.execute(this::notifyWhenConnected);
    }

    private void registerGauges() {
        metrics.registerGauge("seizmon.agent.queue.depth", pipelines::queueDepth);
        metrics.registerGauge("seizmon.agent.queue.overflow", pipelines::overflowTotal);
        metrics.registerGauge("seizmon.agent.journal.backlog", journal::backlog);
        metrics.registerGauge("seizmon.agent.journal.retained", journal::retained);
        metrics.registerCounter("seizmon.agent.resync.requests", publisher, EventPublisher::resyncRequests);
        metrics.registerCounter("seizmon.agent.resync.republished", publisher, EventPublisher::resyncRepublished);
        ThreadCpu cpu = new ThreadCpu();
        metrics.registerGauge("seizmon.agent.pipeline.cpu.seconds", () -> cpu.secondsOfThreadsNamed("pipeline-"));
        metrics.registerGauge("seizmon.agent.mqtt.cpu.seconds", () -> cpu.secondsOfThreadsNamed("MQTT"));
        if (recorder != null) {
            RecordingStats stats = recorder.stats();
            metrics.registerGauge("seizmon.agent.recording.files.open", stats::filesOpen);
            metrics.registerGauge("seizmon.agent.recording.queue.depth", recorder::queueDepth);
            metrics.registerCounter("seizmon.agent.recording.files.closed", stats, RecordingStats::filesClosed);
            metrics.registerCounter("seizmon.agent.recording.files.deleted", stats, RecordingStats::filesDeleted);
            metrics.registerCounter("seizmon.agent.recording.bytes.written", stats, RecordingStats::bytesWritten);
            metrics.registerCounter("seizmon.agent.recording.samples.clipped", stats, RecordingStats::samplesClipped);
            metrics.registerCounter("seizmon.agent.recording.dropped", stats, RecordingStats::dropped);
            metrics.registerCounter("seizmon.agent.recording.write.errors", stats, RecordingStats::writeErrors);
            metrics.registerCounter("seizmon.agent.recording.frames.skipped", stats, RecordingStats::framesSkipped);
            metrics.registerCounter("seizmon.agent.recording.annotations", stats, RecordingStats::annotations);
            metrics.registerGauge("seizmon.agent.recording.cpu.seconds",
                    () -> cpu.secondsOfThreadsNamed("recording-writer"));
        }
    }

    private void sweep() {
        try {
            publisher.sweep();
        } catch (RuntimeException e) {
            LOG.error("journal sweep failed: {}", e.toString(), e);
        }
    }

    private void notifyWhenConnected() {
        try {
            while (!connection.awaitConnected(Duration.ofSeconds(60))) {
                LOG.warn("not connected to the broker yet; systemd is not told READY");
            }
            systemd.ready(this::progressed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized boolean progressed() {
        long[] loops = pipelines.loops();
        boolean progressed = pipelines.alive();
        for (int i = 0; i < loops.length; i++) {
            progressed &= i >= lastLoops.length || loops[i] != lastLoops[i];
        }
        lastLoops = loops;
        return progressed;
    }

    /** True when the pipeline thread runs and the broker is connected (the health endpoint). */
    public boolean healthy() {
        return pipelines.alive() && connection.isConnected();
    }

    public boolean connected() {
        return connection.isConnected();
    }

    public int journalBacklog() {
        return journal.backlog();
    }

    public int queueDepth() {
        return pipelines.queueDepth();
    }

    /** The pipeline threads. */
    public PipelineShards pipelines() {
        return pipelines;
    }

    /** The recorder, or null when recording is off. */
    public EdfRecorder recorder() {
        return recorder;
    }

    public AgentMetrics metrics() {
        return metrics;
    }

    @PreDestroy
    @Override
    public void close() {
        LOG.info("agent {} stopping", config.id());
        systemd.close();
        timer.shutdownNow();
        connection.close(Topics.agentStatus(config.id()), publisher.offlineStatus(), CLOSE_TIMEOUT);
        try {
            pipelines.stop(CLOSE_TIMEOUT.toMillis());
            if (recorder != null) {
                recorder.close(CLOSE_TIMEOUT.toMillis());
            }
            publisher.stop();
            watcher.close();
            journal.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pipelines.closeModels();
    }

    private static long wallMicros() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1000;
    }
}
