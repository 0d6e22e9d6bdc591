package io.seizmon.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.seizmon.core.recording.MatReader;
import io.seizmon.core.recording.RecordingHeader;
import io.seizmon.core.recording.RecordingReader;
import io.seizmon.core.testing.TestData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Kaggle Dog_1 clips in {@code ../shared/data} through {@link MatReader} and the folder adapter. */
class KaggleDogDataTest {

    private static final String FOLDER = "kaggle-seizure-detection-dog1";

    @Test
    void everyClipIsSixteenChannelsOfOneSecondAt399Hz() throws IOException {
        Manifest manifest = Manifests.load(TestData.require(FOLDER));
        for (Path clip : manifest.entries().stream().map(DatasetEntry::path).distinct().toList()) {
            try (RecordingReader reader = MatReader.open(clip)) {
                RecordingHeader h = reader.header();
                assertThat(h.signalCount()).as(clip.toString()).isEqualTo(16);
                assertThat(h.signal(15).sampleRateHz()).as(clip.toString()).isEqualTo(399.609756097561);
                assertThat(reader.nextRecord()).isTrue();
                double[] samples = new double[400];
                for (int c = 0; c < 16; c++) {
                    assertThat(reader.readPhysical(c, samples, 0)).isEqualTo(400);
                    assertThat(Arrays.stream(samples).allMatch(Double::isFinite)).as("%s channel %d finite", clip, c)
                            .isTrue();
                    assertThat(Arrays.stream(samples).distinct().count()).as("%s channel %d not flat", clip, c)
                            .isGreaterThan(10);
                }
            }
        }
    }

    @Test
    void adapterGroupsClipsBySeizureAndByRun() throws IOException {
        Manifest manifest = Manifests.load(TestData.require(FOLDER));

        assertThat(manifest.kind()).isEqualTo("kaggle-dog");
        assertThat(manifest.entries()).hasSize(474 * 16);
        Map<String, Long> ictalGroups = new TreeMap<>(manifest.entries().stream()
                .map(e -> (LabelledSegment) e).filter(LabelledSegment::seizure)
                .collect(Collectors.groupingBy(LabelledSegment::group, Collectors.counting())));
        assertThat(ictalGroups.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(140 * 16);
        assertThat(ictalGroups).as("the README's events of 31, 35, 33, 41, 38 clips less the one held out")
                .hasSize(4);
        assertThat(ictalGroups.values()).allMatch(n -> n % 16 == 0 && n / 16 >= 31 && n / 16 <= 41);
        assertThat(manifest.entries().stream().filter(e -> !((LabelledSegment) e).seizure())
                .map(DatasetEntry::group).distinct().count()).as("interictal runs").isGreaterThan(3);
    }
}
