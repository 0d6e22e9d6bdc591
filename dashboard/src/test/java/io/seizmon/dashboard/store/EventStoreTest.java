package io.seizmon.dashboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.seizmon.core.wire.TruthEvent;
import io.seizmon.dashboard.auth.PasswordHash;
import io.seizmon.dashboard.auth.Role;
import io.seizmon.dashboard.auth.User;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStoreTest {

    @TempDir
    Path folder;

    static DashboardEvent event(String id, String subject, String kind, String priority, long onsetUs) {
        return new DashboardEvent(id, "edge-01", subject, true, 0, "EEG1", kind, priority, 1, onsetUs, null,
                onsetUs + 5_000_000, onsetUs + 6_000_000, 0.93, 4, "model-x", 0.5, "3 of 4 windows >= 0.50", 1000,
                null);
    }

    @Test
    void dropsASecondEventWithTheSameId() throws Exception {
        try (Database db = Database.open(folder)) {
            EventStore store = new EventStore(db);
            assertThat(store.insertIfAbsent(event("a", "cage-01", "seizure_onset", "high", 10))).isTrue();
            assertThat(store.insertIfAbsent(event("a", "cage-01", "seizure_onset", "high", 10))).isFalse();
            assertThat(store.list(EventFilter.all())).hasSize(1);
        }
    }

    @Test
    void newestPublishedMicrosIsTheLargestStoredOrEmpty() throws Exception {
        try (Database db = Database.open(folder)) {
            EventStore store = new EventStore(db);
            assertThat(store.newestPublishedMicros()).isEmpty();
            store.insertIfAbsent(event("a", "cage-01", "seizure_onset", "high", 10_000_000));
            store.insertIfAbsent(event("b", "cage-01", "signal_lost", "medium", 30_000_000));
            store.insertIfAbsent(event("c", "cage-02", "seizure_onset", "high", 20_000_000));
            assertThat(store.newestPublishedMicros()).hasValue(36_000_000);
        }
    }

    @Test
    void restartKeepsEventsAcknowledgementsTruthSubjectsAndUsers() throws Exception {
        try (Database db = Database.open(folder)) {
            new EventStore(db).insertIfAbsent(event("a", "cage-01", "seizure_onset", "high", 10));
            new EventStore(db).acknowledge("a", "alice", 5555);
            new TruthStore(db).insertIfAbsent(new TruthEvent("cage-01", true, 0, 7, 1.5, "sz", true));
            new SubjectStore(db).save(new SubjectRecord("cage-01", true, "edge-01", "seizure", 42L, 43));
            new UserStore(db).add(new User("alice", Role.OPERATOR, PasswordHash.of("0123456789".toCharArray())));
        }
        try (Database db = Database.open(folder)) {
            List<DashboardEvent> events = new EventStore(db).list(EventFilter.all());
            assertThat(events).hasSize(1);
            assertThat(events.get(0).acknowledgement()).isEqualTo(new Acknowledgement("a", "alice", 5555));
            assertThat(events.get(0).peakProbability()).isEqualTo(0.93);
            assertThat(events.get(0).channelLabel()).isEqualTo("EEG1");
            assertThat(events.get(0).offsetUs()).isNull();
            assertThat(new EventStore(db).insertIfAbsent(event("a", "cage-01", "seizure_onset", "high", 10)))
                    .as("a redelivery after a restart").isFalse();
            assertThat(new TruthStore(db).list("cage-01", true, 10)).containsExactly(
                    new TruthEvent("cage-01", true, 0, 7, 1.5, "sz", true));
            assertThat(new SubjectStore(db).list()).containsExactly(
                    new SubjectRecord("cage-01", true, "edge-01", "seizure", 42L, 43));
            assertThat(new UserStore(db).authenticate("alice", "0123456789".toCharArray())).isPresent();
            assertThat(new UserStore(db).authenticate("alice", "0123456780".toCharArray())).isEmpty();
            assertThat(new UserStore(db).authenticate("bob", "0123456789".toCharArray())).isEmpty();
        }
    }

    @Test
    void firstAcknowledgementStands() throws Exception {
        try (Database db = Database.open(folder)) {
            EventStore store = new EventStore(db);
            store.insertIfAbsent(event("a", "cage-01", "seizure_onset", "high", 10));
            assertThat(store.acknowledge("a", "alice", 1)).isInstanceOf(AcknowledgeResult.Acknowledged.class);
            AcknowledgeResult again = store.acknowledge("a", "bob", 2);
            assertThat(again).isInstanceOf(AcknowledgeResult.AlreadyAcknowledged.class);
            assertThat(((AcknowledgeResult.AlreadyAcknowledged) again).event().acknowledgement().userName())
                    .isEqualTo("alice");
            assertThat(store.acknowledge("nope", "alice", 3)).isEqualTo(new AcknowledgeResult.NotFound("nope"));
        }
    }

    @Test
    void filtersBySubjectKindTimeAcknowledgementAndAlarm() throws Exception {
        try (Database db = Database.open(folder)) {
            EventStore store = new EventStore(db);
            store.insertIfAbsent(event("1", "cage-01", "seizure_onset", "high", 100));
            store.insertIfAbsent(event("2", "cage-01", "seizure_offset", "low", 200));
            store.insertIfAbsent(event("3", "cage-02", "signal_lost", "medium", 300));
            store.acknowledge("1", "alice", 9);
            assertThat(ids(store.list(new EventFilter("cage-01", null, null, null, null, false, 10))))
                    .containsExactly("2", "1");
            assertThat(ids(store.list(new EventFilter(null, "signal_lost", null, null, null, false, 10))))
                    .containsExactly("3");
            assertThat(ids(store.list(new EventFilter(null, null, 150L, 300L, null, false, 10)))).containsExactly("2");
            assertThat(ids(store.list(new EventFilter(null, null, null, null, true, false, 10)))).containsExactly("1");
            assertThat(ids(store.list(new EventFilter(null, null, null, null, false, false, 10))))
                    .containsExactly("3", "2");
            assertThat(ids(store.list(EventFilter.openAlarms()))).containsExactly("3");
            assertThat(ids(store.list(new EventFilter(null, null, null, null, null, false, 1)))).containsExactly("3");
        }
    }

    private static List<String> ids(List<DashboardEvent> events) {
        return events.stream().map(DashboardEvent::id).toList();
    }
}
