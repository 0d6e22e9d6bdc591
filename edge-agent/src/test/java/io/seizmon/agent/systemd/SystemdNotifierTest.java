package io.seizmon.agent.systemd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class SystemdNotifierTest {

    private final List<String> sent = new CopyOnWriteArrayList<>();

    @Test
    void outsideSystemdNothingIsSent() {
        try (SystemdNotifier notifier = new SystemdNotifier(Map.of("WATCHDOG_USEC", "1000000"), sent::add)) {
            notifier.ready(() -> true);
            assertThat(notifier.enabled()).isFalse();
        }
        assertThat(sent).isEmpty();
    }

    @Test
    void readyOnceThenWatchdogOnlyWhileThePipelineProgresses() {
        AtomicBoolean healthy = new AtomicBoolean(true);
        try (SystemdNotifier notifier = new SystemdNotifier(Map.of("NOTIFY_SOCKET", "/run/x", "WATCHDOG_USEC",
                "20000"), sent::add)) {
            notifier.ready(healthy::get);
            assertThat(sent).startsWith("READY=1");
            await().atMost(Duration.ofSeconds(5)).until(() -> sent.stream().filter("WATCHDOG=1"::equals).count() >= 3);
            healthy.set(false);
            int before = sent.size();
            notifier.check(healthy::get);
            assertThat(sent).hasSize(before);
        }
        assertThat(sent).endsWith("STOPPING=1").containsOnlyOnce("READY=1");
    }

    @Test
    void withoutAWatchdogOnlyReadyAndStoppingAreSent() {
        try (SystemdNotifier notifier = new SystemdNotifier(Map.of("NOTIFY_SOCKET", "/run/x"), sent::add)) {
            notifier.ready(() -> true);
        }
        assertThat(sent).containsExactly("READY=1", "STOPPING=1");
    }
}
