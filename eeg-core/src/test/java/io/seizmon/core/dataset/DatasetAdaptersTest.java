package io.seizmon.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.seizmon.core.recording.RecordingReader;
import io.seizmon.core.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The adapters against the real public datasets in ../shared/data (skipped when absent). */
class DatasetAdaptersTest {

    @Test
    void readsBonnAsLabelledSegmentsWithSetEAsSeizure() throws IOException {
        Manifest bonn = Manifests.load(TestData.require("bonn"));
        assertThat(bonn.kind()).isEqualTo("bonn");
        assertThat(bonn.entries()).hasSize(400).allSatisfy(e -> {
            assertThat(Files.isRegularFile(e.path())).as("%s exists", e.path()).isTrue();
            assertThat(e.sampleRateHz()).isEqualTo(173.61);
        });
        assertThat(bonn.entries().stream().map(e -> (LabelledSegment) e)
                .collect(Collectors.partitioningBy(LabelledSegment::seizure, Collectors.counting())))
                .containsEntry(true, 80L).containsEntry(false, 320L);
        assertThat(bonn.entries()).filteredOn(e -> ((LabelledSegment) e).seizure())
                .allSatisfy(e -> assertThat(e.path().getParent().getFileName().toString()).isEqualTo("S"));
    }

    @Test
    void readsNguyenSegmentsGroupedByAnnotatedEvent() throws IOException {
        Manifest nguyen = Manifests.load(TestData.require("nguyen2018-eeg-4s-segments"));
        assertThat(nguyen.kind()).isEqualTo("nguyen2018");
        assertThat(nguyen.entries()).hasSize(429).allSatisfy(e -> {
            assertThat(Files.isRegularFile(e.path())).as("%s exists", e.path()).isTrue();
            assertThat(e.sampleRateHz()).isEqualTo(512.0);
            assertThat(((LabelledSegment) e).seizure()).isEqualTo(e.path().getFileName().toString()
                    .contains("_seizure"));
        });
        assertThat(nguyen.entries().stream().filter(e -> ((LabelledSegment) e).seizure()).count()).isEqualTo(215);
        long groups = nguyen.entries().stream().map(DatasetEntry::group).distinct().count();
        assertThat(groups).isLessThan(429).isGreaterThan(100);
    }

    @Test
    void everyAdapterEntryOpensAndHoldsTheDocumentedSampleCount() throws IOException {
        assertThat(samples(Manifests.load(TestData.require("bonn")).entries().get(0))).isEqualTo(4097);
        assertThat(samples(Manifests.load(TestData.require("nguyen2018-eeg-4s-segments")).entries().get(0)))
                .isEqualTo(2048);
        assertThat(samples(Manifests.load(TestData.require("siena-pn00-f8-64hz")).entries().get(0)))
                .isEqualTo(168_000);
    }

    private static long samples(DatasetEntry entry) throws IOException {
        long total = 0;
        try (RecordingReader reader = entry.open()) {
            assertThat(reader.header().signals().get(entry.channel()).sampleRateHz()).isEqualTo(entry.sampleRateHz());
            while (reader.nextRecord()) {
                total += reader.samplesInRecord(entry.channel());
            }
        }
        return total;
    }

    @Test
    void readsSienaRecordingsWithTheirSeizures() throws IOException {
        Manifest siena = Manifests.load(TestData.require("siena-pn00-f8-64hz"));
        assertThat(siena.kind()).isEqualTo("siena");
        assertThat(siena.entries()).hasSize(3).allSatisfy(e -> assertThat(e.sampleRateHz()).isEqualTo(64.0));
        ContinuousRecording first = (ContinuousRecording) siena.entries().get(0);
        assertThat(first.path().getFileName().toString()).isEqualTo("PN00-1_F8_64Hz.csv");
        assertThat(first.seizures()).containsExactly(new SeizureInterval(1143, 1213));
        assertThat(first.group()).isEqualTo("siena/PN00-1");
    }
}
