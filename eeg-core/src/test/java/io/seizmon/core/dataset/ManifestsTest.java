package io.seizmon.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestsTest {

    @TempDir
    Path dir;

    private Path givenFiles(String... names) throws IOException {
        for (String name : names) {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "1\n2\n3\n");
        }
        return dir;
    }

    private Path givenManifest(String text) throws IOException {
        return Files.writeString(dir.resolve("manifest.csv"), text);
    }

    @Test
    void readsAManifestWithHeaderAndRelativePaths() throws IOException {
        givenFiles("a/x.txt", "b/y.txt");
        Path manifest = givenManifest("path,label,sample_rate_hz,channel,group\n"
                + "a/x.txt,seizure,512,0,p1\n"
                + "# a comment\n"
                + "b/y.txt,0,,2,\n");
        Manifest loaded = Manifests.load(manifest);
        assertThat(loaded.kind()).isEqualTo("manifest");
        assertThat(loaded.entries()).containsExactly(
                new LabelledSegment(dir.resolve("a/x.txt"), true, 512, 0, "p1"),
                new LabelledSegment(dir.resolve("b/y.txt"), false, Double.NaN, 2, "b/y.txt"));
        assertThat(loaded.sha256()).hasSize(64);
    }

    @Test
    void readsAHeaderlessManifestPositionally() throws IOException {
        givenFiles("x.txt");
        givenManifest("x.txt,non-seizure,173.61\n");
        Manifest loaded = Manifests.load(dir);
        assertThat(loaded.entries()).containsExactly(
                new LabelledSegment(dir.resolve("x.txt"), false, 173.61, 0, "x.txt"));
    }

    @Test
    void hashDependsOnLabelsButNotOnWhereTheFolderLies() throws IOException {
        givenFiles("x.txt");
        givenManifest("path,label\nx.txt,1\n");
        String first = Manifests.load(dir).sha256();
        givenManifest("path,label\nx.txt,0\n");
        assertThat(Manifests.load(dir).sha256()).isNotEqualTo(first);
    }

    @Test
    void rejectsAnUnknownLabelNamingFileAndLine() throws IOException {
        givenFiles("x.txt");
        Path manifest = givenManifest("path,label\nx.txt,maybe\n");
        assertThatThrownBy(() -> Manifests.load(manifest)).isInstanceOf(ManifestFormatException.class)
                .hasMessage(manifest + ":2: label 'maybe' (expected: seizure, non-seizure, 1 or 0)");
    }

    @Test
    void rejectsAMissingSignalFileAndABadRate() throws IOException {
        givenFiles("x.txt");
        Path manifest = givenManifest("path,label,sample_rate_hz\nmissing.txt,1,100\n");
        assertThatThrownBy(() -> Manifests.load(manifest)).hasMessageContaining(":2: no such file: ")
                .hasMessageContaining("missing.txt");
        givenManifest("path,label,sample_rate_hz\nx.txt,1,fast\n");
        assertThatThrownBy(() -> Manifests.load(manifest))
                .hasMessageContaining(":2: column 'sample_rate_hz': 'fast' (expected: a finite number)");
    }

    @Test
    void rejectsAFolderWithNothingItKnows() {
        assertThatThrownBy(() -> Manifests.load(dir)).isInstanceOf(ManifestFormatException.class)
                .hasMessageContaining("no manifest.csv and no known dataset index");
    }
}
