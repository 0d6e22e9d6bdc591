package io.seizmon.core.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventsTsvTest {

    @TempDir
    Path dir;

    @Test
    void readsBidsColumnsKeepsOthersAndFlagsSeizures() throws IOException {
        Path file = Files.writeString(dir.resolve("sub-01_events.tsv"),
                "onset\tduration\teventType\tchannels\tconfidence\n"
                + "12.5\t30\tsz_foc_ia\tF3\t1\n"
                + "100\tn/a\tbckg\tn/a\tn/a\n");
        List<LabelledEvent> events = EventsTsv.read(file);
        assertThat(events).hasSize(2);
        LabelledEvent sz = events.get(0);
        assertThat(sz.onsetSeconds()).isEqualTo(12.5);
        assertThat(sz.durationSeconds()).isEqualTo(30);
        assertThat(sz.eventType()).isEqualTo("sz_foc_ia");
        assertThat(sz.seizure()).isTrue();
        assertThat(sz.otherColumns()).containsExactly(Map.entry("channels", "F3"), Map.entry("confidence", "1"));
        assertThat(events.get(1).seizure()).isFalse();
        assertThat(events.get(1).durationSeconds()).isNaN();
    }

    @Test
    void appliesTheSeizureRule() {
        assertThat(List.of("sz", "SZ_GEN", "Seizure onset", "focal seizure", "sz_foc_a_m"))
                .allMatch(LabelledEvent::isSeizureType);
        assertThat(List.of("bckg", "non-seizure", "no seizure", "", "artifact", "spike"))
                .noneMatch(LabelledEvent::isSeizureType);
    }

    @Test
    void writesWhatItReads() throws IOException {
        List<LabelledEvent> events = List.of(
                new LabelledEvent(0.125, Double.NaN, "sz", true, Map.of("channels", "all")),
                LabelledEvent.of(new Annotation(3600, 95.5, "seizure")),
                LabelledEvent.of(7.0, 0, ""));
        Path file = dir.resolve("events.tsv");
        EventsTsv.write(file, events);
        assertThat(Files.readAllLines(file)).first().isEqualTo("onset\tduration\ttrial_type\tchannels");
        List<LabelledEvent> back = EventsTsv.read(file);
        assertThat(back.get(0)).isEqualTo(events.get(0));
        assertThat(back.get(1).toAnnotation()).isEqualTo(new Annotation(3600, 95.5, "seizure"));
        assertThat(back.get(2).eventType()).isEmpty();
        assertThat(back.get(2).otherColumns()).containsEntry("channels", "n/a");
    }

    @Test
    void namesLineAndColumnOfBadValues() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.tsv"), "onset\tduration\n1\t2\n3\t-1\n");
        assertThatThrownBy(() -> EventsTsv.read(file))
                .hasMessage(file + ": line 3, column 2: '-1' (expected: seconds >= 0 or n/a)");
        Path noOnset = Files.writeString(dir.resolve("none.tsv"), "start\tduration\n");
        assertThatThrownBy(() -> EventsTsv.read(noOnset)).isInstanceOf(TextFormatException.class)
                .hasMessageContaining("line 1: no 'onset' column");
    }

    @Test
    void findsTheEventsFileBesideARecording() throws IOException {
        Path bids = Files.createFile(dir.resolve("sub-01_task-x_events.tsv"));
        assertThat(EventsTsv.besideRecording(dir.resolve("sub-01_task-x_eeg.edf"))).contains(bids);
        Path plain = Files.createFile(dir.resolve("night.events.tsv"));
        assertThat(EventsTsv.besideRecording(dir.resolve("night.edf"))).contains(plain);
        Path preferred = Files.createFile(dir.resolve("night_events.tsv"));
        assertThat(EventsTsv.besideRecording(dir.resolve("night.edf"))).contains(preferred);
        assertThat(EventsTsv.besideRecording(dir.resolve("other.edf"))).isEmpty();
    }
}
