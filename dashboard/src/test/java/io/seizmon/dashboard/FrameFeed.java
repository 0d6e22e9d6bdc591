package io.seizmon.dashboard;

import io.seizmon.core.wire.EegFrame;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Publishes synthetic EEG in real time for a set of subjects: 256 Hz, two channels, a frame every 250 ms, and a
 * scores message every second. A subject in {@link #seizing} gets large 3 Hz spike-waves and high probabilities;
 * frames of subjects in {@link #paused} are skipped (a gap).
 */
final class FrameFeed implements AutoCloseable {

    static final double RATE_HZ = 256;
    static final int SAMPLES = 64;
    static final long FRAME_US = 250_000;

    final Set<String> seizing = ConcurrentHashMap.newKeySet();
    final Set<String> paused = ConcurrentHashMap.newKeySet();
    /** The agent named in a subject's scores; {@code edge-01} when absent. */
    final Map<String, String> agents = new ConcurrentHashMap<>();
    private final WirePublisher publisher;
    private final List<String> simulatedSubjects;
    private final List<String> liveSubjects;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final long startUs = System.currentTimeMillis() * 1000;
    private final Random random = new Random(7);
    private long frameIndex;

    FrameFeed(WirePublisher publisher, List<String> simulatedSubjects, List<String> liveSubjects) {
        this.publisher = publisher;
        this.simulatedSubjects = simulatedSubjects;
        this.liveSubjects = liveSubjects;
    }

    void start() {
        timer.scheduleAtFixedRate(this::tick, 0, FRAME_US, TimeUnit.MICROSECONDS);
    }

    /** Stream time of the newest frame, µs. */
    long nowUs() {
        return startUs + frameIndex * FRAME_US;
    }

    private void tick() {
        try {
            long t0 = startUs + frameIndex * FRAME_US;
            for (String subject : simulatedSubjects) {
                publish(subject, true, t0);
            }
            for (String subject : liveSubjects) {
                publish(subject, false, t0);
            }
            frameIndex++;
        } catch (Exception e) {
            System.err.println("FrameFeed: " + e);
        }
    }

    private void publish(String subject, boolean simulated, long t0) throws Exception {
        if (paused.contains(subject)) {
            return;
        }
        boolean seizure = seizing.contains(subject);
        float[] samples = new float[SAMPLES * 2];
        for (int i = 0; i < SAMPLES; i++) {
            double t = (t0 + i * 1e6 / RATE_HZ) / 1e6;
            double background = 30 * Math.sin(2 * Math.PI * 9 * t) + 15 * Math.sin(2 * Math.PI * 2.3 * t);
            double spikes = seizure ? 280 * Math.pow(Math.max(0, Math.sin(2 * Math.PI * 3 * t)), 6)
                    - 90 * Math.sin(2 * Math.PI * 3 * t) : 0;
            samples[2 * i] = (float) (background + spikes + 8 * random.nextGaussian());
            samples[2 * i + 1] = (float) (0.7 * background + 0.6 * spikes + 8 * random.nextGaussian());
        }
        publisher.frame(new EegFrame(subject, simulated, frameIndex, t0, RATE_HZ, 2, SAMPLES, samples));
        if (frameIndex % 4 == 3) {
            double p0 = seizure ? 0.85 + 0.1 * random.nextDouble() : 0.05 + 0.1 * random.nextDouble();
            double p1 = seizure ? 0.7 + 0.2 * random.nextDouble() : 0.03 + 0.08 * random.nextDouble();
            publisher.scores(agents.getOrDefault(subject, "edge-01"), subject, simulated, t0 + FRAME_US,
                    new double[] {p0, p1});
        }
    }

    @Override
    public void close() throws InterruptedException {
        timer.shutdownNow();
        timer.awaitTermination(5, TimeUnit.SECONDS);
    }
}
