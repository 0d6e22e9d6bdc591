package io.seizmon.agent.journal;

import static io.seizmon.agent.testing.JournalAlerts.signalLost;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventJournalTest {

    @TempDir
    Path dir;

    private static JournalEntry entry(int i) {
        return new JournalEntry("edge-01:cage-07:0:" + i + ":seizure_onset", "seizmon/v1/live/cage-07/alerts",
                ("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void unsentEventsSurviveAReopenInAppendOrder() throws IOException {
        try (EventJournal journal = EventJournal.open(dir, 100)) {
            for (int i = 0; i < 5; i++) {
                journal.append(entry(i));
            }
            assertThat(journal.markSent(entry(1).id())).isTrue();
            assertThat(journal.markSent(entry(3).id())).isTrue();
            assertThat(journal.markSent(entry(3).id())).isFalse();
        }
        try (EventJournal reopened = EventJournal.open(dir, 100)) {
            assertThat(reopened.unsent()).containsExactly(entry(0), entry(2), entry(4));
            assertThat(reopened.damagedLines()).isZero();
        }
    }

    @Test
    void aLastLineCutShortByACrashIsSkippedAndTheRestKept() throws IOException {
        try (EventJournal journal = EventJournal.open(dir, 100)) {
            journal.append(entry(0));
            journal.append(entry(1));
        }
        Path file = dir.resolve(EventJournal.FILE_NAME);
        String full = JournalLines.appended(entry(2));
        Files.writeString(file, full.substring(0, full.length() / 2), StandardOpenOption.APPEND);
        try (EventJournal reopened = EventJournal.open(dir, 100)) {
            assertThat(reopened.unsent()).containsExactly(entry(0), entry(1));
            assertThat(reopened.damagedLines()).isEqualTo(1);
            reopened.append(entry(3));
        }
        try (EventJournal again = EventJournal.open(dir, 100)) {
            assertThat(again.unsent()).containsExactly(entry(0), entry(1), entry(3));
            assertThat(again.damagedLines()).isZero();
        }
    }

    @Test
    void aCorruptedLineInTheMiddleIsSkippedByItsChecksum() throws IOException {
        try (EventJournal journal = EventJournal.open(dir, 100)) {
            journal.append(entry(0));
            journal.append(entry(1));
            journal.append(entry(2));
        }
        Path file = dir.resolve(EventJournal.FILE_NAME);
        List<String> lines = Files.readAllLines(file);
        lines.set(1, lines.get(1).replace("cage-07/alerts", "cage-08/alerts"));
        Files.write(file, lines);
        try (EventJournal reopened = EventJournal.open(dir, 100)) {
            assertThat(reopened.unsent()).containsExactly(entry(0), entry(2));
            assertThat(reopened.damagedLines()).isEqualTo(1);
        }
    }

    @Test
    void compactionBoundsTheFileByTheBacklog() throws IOException {
        try (EventJournal journal = EventJournal.open(dir, 10)) {
            for (int i = 0; i < 1000; i++) {
                journal.append(entry(i));
                journal.markSent(entry(i).id());
            }
            journal.append(entry(1000));
            assertThat(journal.backlog()).isEqualTo(1);
            long lines = Files.readAllLines(dir.resolve(EventJournal.FILE_NAME)).size();
            assertThat(lines).isLessThanOrEqualTo(1 + 2 * 10);
        }
        try (EventJournal reopened = EventJournal.open(dir, 10)) {
            assertThat(reopened.unsent()).containsExactly(entry(1000));
        }
    }

    @Test
    void aGroupCommitIsDurableAsAWholeInOrder() throws IOException {
        try (EventJournal journal = EventJournal.open(dir, 100)) {
            journal.appendAll(List.of(entry(0), entry(1), entry(2)));
            journal.markSent(entry(1).id());
        }
        try (EventJournal reopened = EventJournal.open(dir, 100)) {
            assertThat(reopened.unsent()).containsExactly(entry(0), entry(2));
        }
    }

    @Test
    void aReappendedIdReplacesTheUnsentEntry() throws IOException {
        try (EventJournal journal = EventJournal.open(dir, 100)) {
            journal.append(entry(0));
            journal.append(entry(0));
            assertThat(journal.backlog()).isEqualTo(1);
        }
    }

    private static final long HOUR_US = 3_600_000_000L;

    @Test
    void sentEventsAreKeptForTheRetentionAndSurviveAReopen() throws IOException {
        AtomicLong nowUs = new AtomicLong(100 * HOUR_US);
        try (EventJournal journal = EventJournal.open(dir, 100, Duration.ofHours(24), 1000, nowUs::get)) {
            journal.append(signalLost(1, nowUs.get() - 30 * HOUR_US));
            journal.append(signalLost(2, nowUs.get() - 2 * HOUR_US));
            journal.append(signalLost(3, nowUs.get() - HOUR_US));
            journal.markSent(signalLost(1, nowUs.get() - 30 * HOUR_US).id());
            journal.markSent(signalLost(2, nowUs.get() - 2 * HOUR_US).id());
            assertThat(journal.retained()).isEqualTo(2);
        }
        try (EventJournal reopened = EventJournal.open(dir, 100, Duration.ofHours(24), 1000, nowUs::get)) {
            assertThat(reopened.retained()).as("the sent event older than 24 h is dropped").isEqualTo(1);
            assertThat(reopened.unsent()).containsExactly(signalLost(3, nowUs.get() - HOUR_US));
            assertThat(reopened.since(nowUs.get() - 3 * HOUR_US)).as("sent and unsent, oldest first")
                    .containsExactly(signalLost(2, nowUs.get() - 2 * HOUR_US), signalLost(3, nowUs.get() - HOUR_US));
            assertThat(reopened.since(nowUs.get() - 90 * 60_000_000L))
                    .containsExactly(signalLost(3, nowUs.get() - HOUR_US));
            assertThat(reopened.markSent(signalLost(2, nowUs.get() - 2 * HOUR_US).id())).as("already sent").isFalse();
        }
    }

    @Test
    void compactionDropsSentEventsPastTheRetentionButNeverUnsentOnes() throws IOException {
        AtomicLong nowUs = new AtomicLong(100 * HOUR_US);
        try (EventJournal journal = EventJournal.open(dir, 2, Duration.ofHours(1), 1000, nowUs::get)) {
            journal.append(signalLost(1, nowUs.get()));
            journal.append(signalLost(2, nowUs.get()));
            journal.append(signalLost(3, nowUs.get()));
            journal.markSent(signalLost(1, nowUs.get()).id());
            nowUs.addAndGet(2 * HOUR_US);
            journal.markSent(signalLost(2, nowUs.get() - 2 * HOUR_US).id());
            assertThat(journal.retained()).as("compacted after 2 marks, both sent events expired").isZero();
            assertThat(journal.backlog()).as("the unsent one, older than the retention, stays").isEqualTo(1);
            assertThat(journal.since(0)).containsExactly(signalLost(3, nowUs.get() - 2 * HOUR_US));
        }
    }

    @Test
    void theEntryBoundDropsTheOldestSentEventsFirst() throws IOException {
        AtomicLong nowUs = new AtomicLong(100 * HOUR_US);
        try (EventJournal journal = EventJournal.open(dir, 5, Duration.ofHours(24), 4, nowUs::get)) {
            for (int i = 1; i <= 6; i++) {
                journal.append(signalLost(i, nowUs.get() + i));
            }
            for (int i = 1; i <= 5; i++) {
                journal.markSent(signalLost(i, nowUs.get() + i).id());
            }
            assertThat(journal.since(0)).containsExactly(signalLost(3, nowUs.get() + 3),
                    signalLost(4, nowUs.get() + 4), signalLost(5, nowUs.get() + 5), signalLost(6, nowUs.get() + 6));
            assertThat(Files.readAllLines(dir.resolve(EventJournal.FILE_NAME))).hasSize(3 * 2 + 1);
        }
    }
}
