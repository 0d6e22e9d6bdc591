package io.seizmon.systemtest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The simulator ({@code simulator.jar synth --live}) streaming synthetic subjects {@code synth-01} ... at 1000 Hz
 * under the {@code sim} root, with seizures early and often (the seed and rate of {@link #SEED} and
 * {@link #SEIZURES_PER_DAY}), faster than real time. Driven by the test thread.
 */
final class SimulatorProcess implements AutoCloseable {

    /** Seed of the synthetic run: subjects synth-01..04 start seizures 23-37 s in and again 646-672 s in. */
    static final long SEED = 1846;
    /** Highest rate the simulator allows with its 10-minute spacing: about one seizure per subject per 10 min. */
    static final int SEIZURES_PER_DAY = 140;
    /** Recording seconds per wall second. */
    static final int SPEED = 10;

    private final AppProcess process;

    SimulatorProcess(String brokerUrl, int subjects, String duration, Path directory) {
        List<String> args = new ArrayList<>(List.of("synth", "--live", "--broker", brokerUrl,
                "--subjects", Integer.toString(subjects), "--channels", "1", "--rate", "1000",
                "--seizures-per-day", Integer.toString(SEIZURES_PER_DAY), "--seed", Long.toString(SEED),
                "--duration", duration, "--speed", Integer.toString(SPEED), "--quiet"));
        this.process = new AppProcess("simulator", Installation.javaJar(Installation.simulatorJar(), args), Map.of(),
                directory.resolve("simulator.log"));
    }

    /** The id of subject {@code i} (0-based), as the simulator names it. */
    static String subject(int i) {
        return String.format("synth-%02d", i + 1);
    }

    SimulatorProcess start() throws IOException {
        process.start();
        return this;
    }

    boolean alive() {
        return process.alive();
    }

    int exitStatus() {
        return process.exitStatus();
    }

    String logTail() {
        return process.logTail(3000);
    }

    @Override
    public void close() throws InterruptedException {
        process.close();
    }
}
