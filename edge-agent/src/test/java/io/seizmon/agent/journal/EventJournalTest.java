package io.seizmon.agent.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
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
    void aReappendedIdReplacesTheUnsentEntry() throws IOException {
        try (EventJournal journal = EventJournal.open(dir, 100)) {
            journal.append(entry(0));
            journal.append(entry(0));
            assertThat(journal.backlog()).isEqualTo(1);
        }
    }
}
