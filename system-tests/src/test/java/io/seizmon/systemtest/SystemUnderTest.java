package io.seizmon.systemtest;

import io.seizmon.core.testing.MosquittoBroker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.paho.client.mqttv3.MqttException;

/**
 * The whole system of one drill: agents, a dashboard, the simulator and an independent MQTT witness, all on one
 * {@link MosquittoBroker}, each process with its own folder under {@code target/system-tests/<drill>/}. Closing it
 * kills every process it started (also on test failure: {@link Drill} closes it after each test) and prints
 * their log tails when asked. Driven by the test thread.
 */
final class SystemUnderTest implements AutoCloseable {

    private final MosquittoBroker broker;
    private final Path directory;
    private final List<AutoCloseable> started = new ArrayList<>();
    private final List<AgentProcess> agents = new ArrayList<>();
    private final List<DashboardProcess> dashboards = new ArrayList<>();
    private final List<SimulatorProcess> simulators = new ArrayList<>();

    SystemUnderTest(MosquittoBroker broker, String drill) throws IOException {
        this.broker = broker;
        this.directory = Files.createDirectories(Installation.workDirectory().resolve(drill + "-"
                + System.currentTimeMillis()));
    }

    MosquittoBroker broker() {
        return broker;
    }

    /** Starts an agent that scores {@code subjects} (none: all). */
    AgentProcess startAgent(String id, String... subjects) throws IOException {
        AgentProcess agent = new AgentProcess(id, List.of(subjects), broker.url(),
                Files.createDirectories(directory.resolve("agent-" + id)));
        register(agent);
        agents.add(agent);
        return agent.start();
    }

    DashboardProcess startDashboard() throws IOException {
        DashboardProcess dashboard = new DashboardProcess(broker.url(),
                Files.createDirectories(directory.resolve("dashboard")));
        register(dashboard);
        dashboards.add(dashboard);
        return dashboard.start();
    }

    /** Streams {@code subjects} synthetic subjects for {@code duration} of recording (simulator syntax, "20m"). */
    SimulatorProcess startSimulator(int subjects, String duration) throws IOException {
        SimulatorProcess simulator = new SimulatorProcess(broker.url(), subjects, duration,
                Files.createDirectories(directory.resolve("simulator-" + simulators.size())));
        register(simulator);
        simulators.add(simulator);
        return simulator.start();
    }

    BusRecorder startWitness() throws MqttException {
        BusRecorder witness = new BusRecorder(broker.url());
        register(witness);
        return witness;
    }

    Path directory() {
        return directory;
    }

    /** The log tails of every process, for a failure message. */
    String logs() {
        StringBuilder out = new StringBuilder();
        agents.forEach(a -> out.append(a.logTail()).append('\n'));
        dashboards.forEach(d -> out.append(d.logTail()).append('\n'));
        simulators.forEach(s -> out.append(s.logTail()).append('\n'));
        return out.toString();
    }

    private void register(AutoCloseable closeable) {
        started.add(closeable);
    }

    /** Kills every process and closes the witness; the broker stays (its extension stops it). */
    @Override
    public void close() {
        for (AutoCloseable c : started) {
            try {
                c.close();
            } catch (Exception e) {
                System.err.println("system test: closing " + c + " failed: " + e);
            }
        }
        started.clear();
    }
}
