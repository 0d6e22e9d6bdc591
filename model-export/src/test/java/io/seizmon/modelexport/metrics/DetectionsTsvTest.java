package io.seizmon.modelexport.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.seizmon.core.recording.EventsTsv;
import io.seizmon.core.recording.LabelledEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DetectionsTsvTest {

    private static final List<HypothesisEvent> DETECTIONS = List.of(
            new HypothesisEvent(10, 24, 17, 0.9),
            HypothesisEvent.of(40.5, 60));
    private static final LocalDateTime START = LocalDateTime.of(2024, 3, 1, 8, 30, 0);

    @TempDir
    Path dir;

    @Test
    void writesBidsEventsThatEegCoreReadsBackAsSeizures() throws IOException {
        Path file = dir.resolve("sub-01_task-szMonitoring_events.tsv");

        DetectionsTsv.writeBids(file, DETECTIONS);

        assertThat(Files.readString(file)).isEqualTo("onset\tduration\ttrial_type\n10\t14\tsz\n40.5\t19.5\tsz\n");
        assertThat(EventsTsv.read(file)).extracting(LabelledEvent::onsetSeconds, LabelledEvent::durationSeconds,
                LabelledEvent::seizure).containsExactly(tuple(10.0, 14.0, true), tuple(40.5, 19.5, true));
    }

    @Test
    void writesSzcoreRowsWithTwoDecimalsAndTheRecordingDuration() throws IOException {
        Path file = dir.resolve("szcore.tsv");

        DetectionsTsv.writeSzcore(file, DETECTIONS, 3600, START, List.of("Fp1-F7", "F7-T7"));

        assertThat(Files.readAllLines(file)).containsExactly(
                "onset\tduration\teventType\tconfidence\tchannels\tdateTime\trecordingDuration",
                "10.00\t14.00\tsz\t0.90\tFp1-F7,F7-T7\t2024-03-01 08:30:00\t3600.00",
                "40.50\t19.50\tsz\tn/a\tFp1-F7,F7-T7\t2024-03-01 08:30:00\t3600.00");
        assertThat(EventsTsv.read(file)).extracting(LabelledEvent::eventType).containsExactly("sz", "sz");
    }

    @Test
    void aRecordingWithoutDetectionsGetsOneBackgroundRow() throws IOException {
        Path file = dir.resolve("empty.tsv");

        DetectionsTsv.writeSzcore(file, List.of(), 1234.5, START, List.of());

        assertThat(Files.readAllLines(file)).containsExactly(
                String.join("\t", DetectionsTsv.SZCORE_COLUMNS),
                "0.00\t1234.50\tbckg\tn/a\tn/a\t2024-03-01 08:30:00\t1234.50");
        assertThat(EventsTsv.read(file)).singleElement().satisfies(e -> assertThat(e.seizure()).isFalse());
    }
}
