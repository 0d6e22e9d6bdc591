package io.seizmon.systemtest;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One application run as a separate JVM from its shaded jar, its standard output and error appended to a log file.
 * It can be started again after a kill (same command, same log). Not thread-safe: driven by the test thread.
 */
final class AppProcess implements AutoCloseable {

    private static final long STOP_TIMEOUT_SECONDS = 20;
    /** Every process still running when the test JVM exits (a crashed or interrupted run) is killed then. */
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly),
                "system-test-process-reaper"));
    }

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path logFile;
    private Process process;

    AppProcess(String name, List<String> command, Map<String, String> environment, Path logFile) {
        this.name = name;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.logFile = logFile;
    }

    /** Starts the process unless it is running; returns at once. */
    AppProcess start() throws IOException {
        if (alive()) {
            return this;
        }
        Files.writeString(logFile, "=== start: " + String.join(" ", command) + "\n",
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
        RUNNING.add(process);
        return this;
    }

    /** SIGKILL, as a crash or a power cut would, and waits until the process is gone. */
    void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            RUNNING.remove(process);
        }
    }

    /** SIGTERM (a clean stop), SIGKILL when it is not gone within {@value #STOP_TIMEOUT_SECONDS} s. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                kill();
            }
            RUNNING.remove(process);
        }
    }

    /**
     * SIGSTOP (or SIGCONT): the process is frozen (or thawed) as a whole; its sockets stay open. Sent with
     * {@code kill -STOP|-CONT <pid>} to this process's own id only.
     */
    void freeze(boolean frozen) throws IOException, InterruptedException {
        if (process == null || !process.isAlive()) {
            throw new IllegalStateException(name + " is not running");
        }
        Process signal = new ProcessBuilder("kill", frozen ? "-STOP" : "-CONT", Long.toString(process.pid()))
                .redirectErrorStream(true).start();
        if (signal.waitFor() != 0) {
            throw new IllegalStateException("kill " + (frozen ? "-STOP " : "-CONT ") + process.pid() + ": "
                    + new String(signal.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** The exit status of a process that has ended, or -1 while it runs or before it started. */
    int exitStatus() {
        return process == null || process.isAlive() ? -1 : process.exitValue();
    }

    /** The process id, or -1 before the first start. */
    long pid() {
        return process == null ? -1 : process.pid();
    }

    String name() {
        return name;
    }

    Path logFile() {
        return logFile;
    }

    /** The whole log so far (every start), for assertions and failure messages. */
    String log() {
        try {
            return Files.exists(logFile) ? Files.readString(logFile) : "";
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /** The last {@code chars} characters of the log, for failure messages. */
    String logTail(int chars) {
        String log = log();
        return name + " log (" + logFile + "), last " + chars + " characters:\n"
                + log.substring(Math.max(0, log.length() - chars));
    }

    @Override
    public void close() throws InterruptedException {
        kill(); // SIGKILL also ends a frozen process
    }
}
