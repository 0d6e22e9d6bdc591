package io.seizmon.simulator.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.seizmon.core.dataset.ContinuousRecording;
import io.seizmon.core.dataset.DatasetEntry;
import io.seizmon.core.dataset.Manifest;
import io.seizmon.core.dataset.Manifests;
import io.seizmon.core.dataset.SeizureInterval;
import io.seizmon.core.recording.Annotation;
import io.seizmon.core.recording.EventsTsv;
import io.seizmon.core.recording.LabelledEvent;
import io.seizmon.core.recording.RecordingHeader;
import io.seizmon.core.recording.RecordingOptions;
import io.seizmon.core.recording.RecordingReader;
import io.seizmon.core.recording.Recordings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthWriterTest {

    /** Fifteen minutes, two channels at 500 Hz, seizures every few minutes and every other kind several times. */
    private static final SynthSpec SPEC = SyntheticSourceTest.busy(SynthSpec.of(500, 900, 41).withChannelCount(2));

    @TempDir
    Path dir;

    @Test
    void edfHoldsTheSourceSamplesToWithinOneDigitalStep() throws IOException {
        SynthWriter.Result result = SynthWriter.write(SPEC, 0, dir, null);
        GeneratedSignal expected = GeneratedSignal.read(SPEC, 0);

        try (RecordingReader reader = Recordings.open(result.edfFile(), RecordingOptions.DEFAULTS)) {
            RecordingHeader header = reader.header();
            assertThat(header.recordCount()).isEqualTo(900);
            assertThat(header.recordDurationSeconds()).isEqualTo(1);
            assertThat(header.startTime()).isEqualTo(SynthWriter.START_TIME);
            int[] data = header.dataSignalIndices();
            assertThat(data).hasSize(2);
            double step = header.signal(data[0]).physicalStep();
            assertThat(step).isCloseTo(4000.0 / 65535, within(1e-9));
            for (int c = 0; c < 2; c++) {
                assertThat(header.signal(data[c]).label()).isEqualTo("EEG" + (c + 1));
                assertThat(header.signal(data[c]).physicalDimension()).isEqualTo("uV");
                assertThat(header.signal(data[c]).sampleRateHz()).isEqualTo(500);
            }
            double[] record = new double[500];
            for (int r = 0; reader.nextRecord(); r++) {
                for (int c = 0; c < 2; c++) {
                    reader.readPhysical(data[c], record, 0);
                    for (int i = 0; i < 500; i++) {
                        float want = expected.channels[c][r * 500 + i];
                        assertThat(Math.abs(record[i] - want)).as("record %d, channel %d, sample %d", r, c, i)
                                .isLessThanOrEqualTo(step);
                    }
                }
            }
        }
    }

    @Test
    void edfAnnotationsAndEventsTsvRowsAreTheSourceEvents() throws IOException {
        SynthWriter.Result result = SynthWriter.write(SPEC, 1, dir, null);
        List<LabelledEvent> events = SyntheticSource.subject(SPEC, 1).events();
        assertThat(result.events()).isEqualTo(events);
        assertThat(result.seizures()).isPositive();

        List<Annotation> annotations;
        try (RecordingReader reader = Recordings.open(result.edfFile(), RecordingOptions.DEFAULTS)) {
            annotations = new ArrayList<>(reader.annotations());
        }
        annotations.sort(Comparator.comparingDouble(Annotation::onsetSeconds).thenComparing(Annotation::text));
        List<Annotation> expected = new ArrayList<>(events.stream().map(LabelledEvent::toAnnotation).toList());
        expected.sort(Comparator.comparingDouble(Annotation::onsetSeconds).thenComparing(Annotation::text));
        assertThat(annotations).isEqualTo(expected);

        assertThat(EventsTsv.read(result.eventsFile())).isEqualTo(events);
        assertThat(Files.readAllLines(result.eventsFile()).get(0)).isEqualTo("onset\tduration\ttrial_type\tchannel");
    }

    @Test
    void writesTheBidsLayoutThatManifestsLoadsAsContinuousRecordingsWithTheirSeizures() throws IOException {
        SynthWriter.Result first = SynthWriter.write(SPEC, 0, dir, null);
        SynthWriter.Result second = SynthWriter.write(SPEC, 1, dir, null);
        assertThat(first.edfFile()).isEqualTo(dir.resolve("sub-synth-01/sub-synth-01_task-synth_eeg.edf"));
        assertThat(second.eventsFile()).isEqualTo(dir.resolve("sub-synth-02/sub-synth-02_task-synth_events.tsv"));

        Manifest manifest = Manifests.load(dir);

        assertThat(manifest.kind()).isEqualTo("recordings");
        assertThat(manifest.entries()).hasSize(2);
        for (SynthWriter.Result result : List.of(first, second)) {
            DatasetEntry entry = manifest.entries().stream()
                    .filter(e -> e.path().equals(result.edfFile().toAbsolutePath().normalize())).findFirst()
                    .orElseThrow();
            assertThat(entry).isInstanceOf(ContinuousRecording.class);
            ContinuousRecording recording = (ContinuousRecording) entry;
            List<SeizureInterval> seizures = result.events().stream().filter(LabelledEvent::seizure)
                    .map(e -> new SeizureInterval(e.onsetSeconds(), e.onsetSeconds() + e.durationSeconds())).toList();
            assertThat(recording.seizures()).isNotEmpty().isEqualTo(seizures);
            assertThat(recording.eventsSource()).isEqualTo(result.eventsFile().toAbsolutePath().toString());
        }
    }

    @Test
    void writingTwiceGivesIdenticalFiles(@TempDir Path other) throws IOException {
        SynthSpec spec = SPEC.withDurationSeconds(120);
        SynthWriter.Result a = SynthWriter.write(spec, 0, dir, null);
        SynthWriter.Result b = SynthWriter.write(spec, 0, other, null);

        assertThat(Files.mismatch(a.edfFile(), b.edfFile())).isEqualTo(-1);
        assertThat(Files.mismatch(a.eventsFile(), b.eventsFile())).isEqualTo(-1);
    }

    @Test
    void reportsProgressAfterEveryRecord() throws IOException {
        List<Long> written = new ArrayList<>();
        SynthWriter.write(SPEC.withDurationSeconds(5), 0, dir, (id, samples, total) -> {
            assertThat(id).isEqualTo("synth-01");
            assertThat(total).isEqualTo(2500);
            written.add(samples);
        });
        assertThat(written).containsExactly(500L, 1000L, 1500L, 2000L, 2500L);
    }

    @Test
    void needsWholeHertzAndWholeSeconds() {
        assertThatThrownBy(() -> SynthWriter.check(SynthSpec.of(173.61, 60, 1)))
                .hasMessageStartingWith("sampleRateHz: 173.61 (expected: a whole number of Hz");
        assertThatThrownBy(() -> SynthWriter.write(SynthSpec.of(1000, 1.5, 1), 0, dir, null))
                .hasMessageStartingWith("durationSeconds: 1.5 (expected: a whole number of seconds");
    }

    @Test
    void failsWithTheFileNameWhenTheFolderCannotBeCreated() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");

        assertThatThrownBy(() -> SynthWriter.write(SPEC, 0, file, null)).isInstanceOf(IOException.class)
                .hasMessageContaining("not-a-folder");
    }
}
