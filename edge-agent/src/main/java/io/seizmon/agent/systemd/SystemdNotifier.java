package io.seizmon.agent.systemd;

import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells systemd about the agent when it runs as a {@code Type=notify} service ({@code NOTIFY_SOCKET} set): READY=1
 * once (model loaded, broker connected), and WATCHDOG=1 every half {@code WATCHDOG_USEC} <em>only</em> while
 * {@code healthy} says the pipeline made progress since the previous check (frames processed, or idle and looping),
 * so a stuck pipeline is restarted by systemd. Java cannot send unix datagrams, so each notification runs
 * {@code systemd-notify} (the unit needs {@code NotifyAccess=all}, since that process is a child of the JVM).
 *
 * <p>Outside systemd every method does nothing. Threading: its own daemon timer thread.
 */
public final class SystemdNotifier implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SystemdNotifier.class);

    private final boolean enabled;
    private final long watchdogMicros;
    private final Consumer<String> send;
    private ScheduledExecutorService timer;

    /**
     * @param environment the process environment ({@code NOTIFY_SOCKET}, {@code WATCHDOG_USEC})
     * @param send        sends one notification, e.g. {@code "READY=1"}
     */
    public SystemdNotifier(Map<String, String> environment, Consumer<String> send) {
        this.enabled = environment.get("NOTIFY_SOCKET") != null;
        long usec = 0;
        try {
            usec = Long.parseLong(environment.getOrDefault("WATCHDOG_USEC", "0"));
        } catch (NumberFormatException e) {
            LOG.warn("WATCHDOG_USEC: {} (expected: microseconds); no watchdog", environment.get("WATCHDOG_USEC"));
        }
        this.watchdogMicros = enabled ? usec : 0;
        this.send = send;
    }

    /** The notifier of this process, sending through {@code systemd-notify}. */
    public static SystemdNotifier forThisProcess() {
        return new SystemdNotifier(System.getenv(), SystemdNotifier::runSystemdNotify);
    }

    /** True under systemd with notifications. */
    public boolean enabled() {
        return enabled;
    }

    /** Sends READY=1, then starts the watchdog when systemd asked for one. */
    public void ready(BooleanSupplier healthy) {
        if (!enabled) {
            return;
        }
        send.accept("READY=1");
        if (watchdogMicros > 0) {
            long periodMicros = Math.max(1000, watchdogMicros / 2);
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "systemd-watchdog");
                thread.setDaemon(true);
                return thread;
            });
            timer.scheduleAtFixedRate(() -> check(healthy), periodMicros, periodMicros, TimeUnit.MICROSECONDS);
        }
    }

    /** One watchdog check: WATCHDOG=1 when healthy, nothing (so systemd will act) when not. */
    void check(BooleanSupplier healthy) {
        if (healthy.getAsBoolean()) {
            send.accept("WATCHDOG=1");
        } else {
            LOG.error("pipeline made no progress within the watchdog interval: not notifying systemd");
        }
    }

    /** Sends STOPPING=1 and stops the watchdog. */
    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
        if (enabled) {
            send.accept("STOPPING=1");
        }
    }

    private static void runSystemdNotify(String state) {
        try {
            Process process = new ProcessBuilder("systemd-notify", state).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (java.io.IOException e) {
            LOG.warn("systemd-notify {} failed: {}", state, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
