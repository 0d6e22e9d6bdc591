package io.seizmon.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.seizmon.core.recording.Annotation;
import io.seizmon.core.recording.EdfPlusWriter;
import io.seizmon.core.recording.EdfSignalSpec;
import io.seizmon.core.recording.EdfWriterSpec;
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
                .hasMessage(manifest + ":2: label 'maybe' (expected: seizure, non-seizure, 1, 0 or continuous)");
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
    void readsContinuousRowsWithTheirEventsFile() throws IOException {
        givenFiles("rec/long.csv");
        Files.writeString(dir.resolve("rec/long_labels.tsv"), "onset\tduration\ttrial_type\n"
                + "100.5\t30\tsz_foc\n200\t5\tartifact\n40\t20\tseizure\n");
        givenManifest("path,label,sample_rate_hz,events\nrec/long.csv,continuous,64,rec/long_labels.tsv\n");
        Manifest loaded = Manifests.load(dir);
        assertThat(loaded.recordingCount()).isEqualTo(1);
        ContinuousRecording recording = (ContinuousRecording) loaded.entries().get(0);
        assertThat(recording.seizures())
                .containsExactly(new SeizureInterval(40, 60), new SeizureInterval(100.5, 130.5));
        assertThat(recording.sampleRateHz()).isEqualTo(64);
    }

    @Test
    void rejectsASeizureWithoutDuration() throws IOException {
        givenFiles("long.csv");
        Path events = Files.writeString(dir.resolve("long_events.tsv"),
                "onset\tduration\ttrial_type\n7\tn/a\tsz\n");
        givenManifest("path,label,sample_rate_hz\nlong.csv,continuous,64\n");
        assertThatThrownBy(() -> Manifests.load(dir)).isInstanceOf(ManifestFormatException.class)
                .hasMessageContaining(events.toString())
                .hasMessageContaining("seizure 'sz' at 7.0 s has no positive duration");
    }

    @Test
    void readsAFolderOfEdfPlusRecordingsWithAnnotationsOrSidecars() throws IOException {
        Path annotated = dir.resolve("sub-01/sub-01_task-rest_eeg.edf");
        Path withSidecar = dir.resolve("sub-02/sub-02_task-rest_eeg.edf");
        writeEdf(annotated, new Annotation(3, 4, "sz"), new Annotation(1, 0, "lights off"));
        writeEdf(withSidecar, new Annotation(2, 1, "sz"));
        Files.writeString(dir.resolve("sub-02/sub-02_task-rest_events.tsv"),
                "onset\tduration\ttrial_type\n5\t2\tsz_gen\n");
        Manifest loaded = Manifests.load(dir);
        assertThat(loaded.kind()).isEqualTo("recordings");
        assertThat(loaded.entries()).map(e -> ((ContinuousRecording) e).seizures()).containsExactly(
                java.util.List.of(new SeizureInterval(3, 7)), java.util.List.of(new SeizureInterval(5, 7)));
        assertThat(loaded.entries().get(0).sampleRateHz()).isNaN();
    }

    private static void writeEdf(Path file, Annotation... annotations) throws IOException {
        Files.createDirectories(file.getParent());
        EdfWriterSpec spec = EdfWriterSpec.of(java.time.LocalDateTime.of(2026, 1, 2, 3, 4, 5), 1.0,
                java.util.List.of(EdfSignalSpec.of("EEG", "uV", -500, 500, 64)));
        try (EdfPlusWriter writer = EdfPlusWriter.open(file, spec)) {
            for (Annotation annotation : annotations) {
                writer.addAnnotation(annotation);
            }
            for (int r = 0; r < 10; r++) {
                writer.writeRecord(new double[][] {new double[64]});
            }
        }
    }

    @Test
    void rejectsAFolderWithNothingItKnows() {
        assertThatThrownBy(() -> Manifests.load(dir)).isInstanceOf(ManifestFormatException.class)
                .hasMessageContaining("no manifest.csv and no known dataset index");
    }
}
