package io.seizmon.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Kaggle clip folder adapter on a small folder of SciPy-written MAT clips (3 channels each). */
class KaggleDogAdapterTest {

    @TempDir
    Path dir;

    @Test
    void everyChannelIsAnEntryGroupedBySeizureAndByRun() throws IOException {
        givenClips("file,class,segment_index,latency_s,n_channels\n"
                + "ictal/i1.mat,ictal,1,0.0,3\nictal/i2.mat,ictal,2,1.0,3\nictal/i3.mat,ictal,3,0.0,3\n"
                + "inter/n6.mat,interictal,6,,3\ninter/n5.mat,interictal,5,,3\ninter/n8.mat,interictal,8,,3\n");

        Manifest manifest = Manifests.load(dir);

        assertThat(manifest.kind()).isEqualTo("kaggle-dog");
        List<LabelledSegment> entries = manifest.entries().stream().map(e -> (LabelledSegment) e).toList();
        assertThat(entries).hasSize(18);
        assertThat(entries).filteredOn(LabelledSegment::seizure).extracting(LabelledSegment::group)
                .containsOnly("dog1/ictal-1", "dog1/ictal-2").hasSize(9);
        assertThat(entries).filteredOn(e -> e.path().endsWith("i2.mat")).extracting(LabelledSegment::group)
                .as("latency 1 continues the seizure that starts at latency 0").containsOnly("dog1/ictal-1");
        assertThat(entries).filteredOn(e -> !e.seizure()).extracting(LabelledSegment::group)
                .as("segments 5, 6 are one run, 8 another").containsOnly("dog1/interictal-1", "dog1/interictal-2");
        assertThat(entries).filteredOn(e -> e.path().endsWith("n8.mat")).extracting(LabelledSegment::group)
                .containsOnly("dog1/interictal-2");
        assertThat(entries).filteredOn(e -> e.path().endsWith("n5.mat")).extracting(LabelledSegment::channel)
                .containsExactly(0, 1, 2);
    }

    @Test
    void unknownClassIsAnErrorNamingTheLine() throws IOException {
        givenClips("file,class,segment_index,latency_s,n_channels\nictal/i1.mat,preictal,1,0,3\n");

        assertThatThrownBy(() -> Manifests.load(dir)).isInstanceOf(ManifestFormatException.class)
                .hasMessageContaining("clips.csv:2").hasMessageContaining("class 'preictal' (expected: ictal or "
                        + "interictal)");
    }

    private void givenClips(String csv) throws IOException {
        Path clip;
        try {
            clip = Path.of(KaggleDogAdapterTest.class.getResource("/mat/clip.mat").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        for (String line : csv.split("\n")) {
            if (line.endsWith(".mat") || line.contains(".mat,")) {
                Path target = dir.resolve(line.substring(0, line.indexOf(',')));
                Files.createDirectories(target.getParent());
                Files.copy(clip, target);
            }
        }
        Files.writeString(dir.resolve("clips.csv"), csv);
    }
}
