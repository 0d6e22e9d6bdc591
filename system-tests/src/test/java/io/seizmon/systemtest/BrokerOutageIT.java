package io.seizmon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.seizmon.core.wire.AlertEvent;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Drill 1: the broker is SIGKILLed while subjects stream and seizures occur, and restarted on the same port. Every
 * event the agent decided (its journal) is stored by the dashboard exactly once, and the outage shows as a
 * technical event for every subject.
 *
 * <p>The broker is killed right after the first seizure onset is journaled (it may be acknowledged by the broker
 * and not yet delivered to the dashboard), and the agent runs on through the restart (it usually reconnects before
 * the dashboard). Both used to lose events for the dashboard ({@code system-tests/README.md}, "Known issues"); the
 * resync protocol ({@code docs/topics.md}, "Resync request payload") makes the dashboard ask the agents to
 * republish their journals once it is subscribed again and when an agent turns online.
 */
class BrokerOutageIT {

    private static final int SUBJECTS = 4;

    @RegisterExtension
    static final Drill DRILL = new Drill("broker-outage");

    @Test
    void everyDecidedEventReachesTheDashboardOnceAndTheOutageShowsAsSignalLost(SystemUnderTest sut) throws Exception {
        BusRecorder witness = sut.startWitness();
        DashboardProcess dashboard = sut.startDashboard();
        AgentProcess agent = sut.startAgent("edge-01");
        DashboardClient api = dashboard.client();
        Drills.awaitHealthy(agent);
        Drills.awaitConnected(dashboard, api);
        SimulatorProcess simulator = sut.startSimulator(SUBJECTS, "14m");

        await("a seizure onset decided before the crash").atMost(Drills.STREAM).pollInterval(Drills.POLL)
                .until(() -> agent.journal().appended().stream().anyMatch(id -> id.endsWith(":seizure_onset")));
        sut.broker().kill();
        await("every subject's silence decided while the broker is dead").atMost(Drills.STREAM)
                .pollInterval(Drills.POLL).until(() -> signalLostSubjects(agent.journal().unsent()).size() == SUBJECTS);
        List<String> decidedInOutage = agent.journal().unsent();
        sut.broker().start();

        await("simulator done").atMost(Drills.STREAM).pollInterval(Drills.POLL).until(() -> !simulator.alive());
        assertThat(simulator.exitStatus()).as(simulator.logTail()).isZero();
        await("everything journaled acknowledged by the broker and stored by the dashboard").atMost(Drills.STREAM)
                .pollInterval(Drills.POLL).untilAsserted(() -> {
                    JournalFile journal = agent.journal();
                    assertThat(journal.unsent()).as("unsent").isEmpty();
                    assertThat(Set.copyOf(Drills.agentEventIds(api))).as("dashboard events vs the journal; "
                            + "decided during the outage: %s", decidedInOutage)
                            .containsExactlyInAnyOrderElementsOf(Set.copyOf(journal.appended()));
                });

        List<String> journaled = agent.journal().appended();
        List<String> stored = Drills.agentEventIds(api);
        assertThat(stored).as("dashboard events, each once").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(journaled);
        assertThat(journaled).as("journal").doesNotHaveDuplicates();
        assertThat(stored).as("onsets decided before the crash and after it")
                .filteredOn(id -> id.endsWith(":seizure_onset")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(signalLostSubjects(decidedInOutage)).as("signal lost during the outage, per subject")
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, SUBJECTS)
                        .mapToObj(SimulatorProcess::subject).toList());
        assertThat(stored).as("the outage's events on the dashboard").containsAll(decidedInOutage);
        Set<String> witnessed = witness.alerts().stream().map(AlertEvent::id).collect(Collectors.toSet());
        assertThat(new HashSet<>(journaled)).as("what the independent subscriber saw was decided by the agent")
                .containsAll(witnessed);
        System.out.printf("BrokerOutageIT: %d events journaled, %d on the dashboard, %d seen by the witness "
                + "(%d deliveries), %d decided during the outage: %s%n", journaled.size(), stored.size(),
                witnessed.size(), witness.alerts().size(), decidedInOutage.size(), decidedInOutage);
    }

    private static Set<String> signalLostSubjects(List<String> ids) {
        return ids.stream().filter(id -> id.endsWith(":signal_lost")).map(Drills::subject)
                .collect(Collectors.toSet());
    }
}
