package io.seizmon.simulator.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.seizmon.core.wire.Topics;
import io.seizmon.simulator.pacing.ReplaySpeed;
import io.seizmon.simulator.pacing.VirtualReplayClock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class ProgressReporterTest {

    @Test
    void rewritesOneLineWithRecordingTimeFramesPerSecondAndLagThenEndsIt() throws Exception {
        VirtualReplayClock clock = new VirtualReplayClock(0);
        RecordingPublisher publisher = new RecordingPublisher(clock, 0);
        CountDownLatch release = new CountDownLatch(1);
        // Hold rat-1 mid-stream once rat-2 has ended, so the line shows both while the run is still going.
        publisher.afterEach(messages -> {
            boolean rat2Ended = messages.stream().anyMatch(m -> m.topic().equals(Topics.meta("rat-2", true))
                    && m.payload().length == 0);
            if (rat2Ended && Thread.currentThread().getName().equals("stream-rat-1")) {
                awaitQuietly(release);
            }
        });
        StreamingRun run = StreamingRun.open(List.of(new SubjectStream("rat-1", () -> new ArraySource(100, 1, 5000,
                List.of(), 1000)), new SubjectStream("rat-2", () -> new ArraySource(100, 1, 10, List.of(), 10))),
                StreamOptions.builder().clock(clock).speed(ReplaySpeed.REAL_TIME).build(), w -> { });
        StringWriter err = new StringWriter();
        ProgressReporter progress = new ProgressReporter(run, new PrintWriter(err));
        run.start(publisher);
        progress.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> err.toString().contains("rat-2"));
        release.countDown();
        run.await();
        progress.stop();
        String line = err.toString();
        assertThat(line).startsWith("\rrat-1 0:00:").contains(" fr/s lag ", " | rat-2 0:00:00.1 ")
                .endsWith(System.lineSeparator());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
