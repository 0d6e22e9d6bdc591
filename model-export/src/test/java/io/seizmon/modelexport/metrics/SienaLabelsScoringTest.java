package io.seizmon.modelexport.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.seizmon.core.dataset.ContinuousRecording;
import io.seizmon.core.dataset.DatasetEntry;
import io.seizmon.core.dataset.Manifest;
import io.seizmon.core.dataset.Manifests;
import io.seizmon.core.dataset.SeizureInterval;
import io.seizmon.core.recording.EventsTsv;
import io.seizmon.core.recording.LabelledEvent;
import io.seizmon.core.recording.RecordingReader;
import io.seizmon.core.testing.TestData;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Siena labels (../shared/data, skipped when absent) through the scoring and writer API, with each
 * recording's duration read from its signal: the labels scored against themselves are perfect, against nothing
 * all missed, and they survive the SzCORE TSV round trip.
 */
class SienaLabelsScoringTest {

    @TempDir
    Path dir;

    @Test
    void sienaLabelsScoreAndRoundTripThroughTheWriters() throws IOException {
        Manifest siena = Manifests.load(TestData.require("siena-pn00-f8-64hz"));
        EventScoring scoring = new EventScoring(EventScoringSpec.SZCORE);
        EventScore pooledSelf = EventScore.EMPTY;
        EventScore pooledNothing = EventScore.EMPTY;
        for (DatasetEntry entry : siena.entries()) {
            ContinuousRecording recording = (ContinuousRecording) entry;
            double seconds = durationSeconds(recording);
            List<HypothesisEvent> same = recording.seizures().stream()
                    .map(s -> HypothesisEvent.of(s.onsetSeconds(), s.offsetSeconds())).toList();

            pooledSelf = pooledSelf.plus(scoring.score(recording.seizures(), same, seconds));
            pooledNothing = pooledNothing.plus(scoring.score(recording.seizures(), List.of(), seconds));

            Path tsv = dir.resolve(recording.group().replace('/', '_') + ".tsv");
            DetectionsTsv.writeSzcore(tsv, same, seconds, LocalDateTime.of(2000, 1, 1, 0, 0), List.of("F8"));
            List<LabelledEvent> back = EventsTsv.read(tsv);
            assertThat(back).hasSameSizeAs(recording.seizures());
            for (int i = 0; i < back.size(); i++) {
                SeizureInterval s = recording.seizures().get(i);
                assertThat(back.get(i).onsetSeconds()).isCloseTo(s.onsetSeconds(), within(0.005));
                assertThat(back.get(i).durationSeconds()).isCloseTo(s.seconds(), within(0.01));
            }
        }

        assertThat(pooledSelf.referenceEvents()).isEqualTo(3);
        assertThat(pooledSelf.sensitivity()).isEqualTo(1.0);
        assertThat(pooledSelf.falsePositives()).isZero();
        assertThat(pooledNothing.sensitivity()).isZero();
        // three recordings of about 40 minutes each (documented in the dataset's README)
        assertThat(pooledSelf.recordingSeconds()).isBetween(3 * 30 * 60.0, 3 * 50 * 60.0);
    }

    private static double durationSeconds(ContinuousRecording recording) throws IOException {
        long samples = 0;
        try (RecordingReader reader = recording.open()) {
            while (reader.nextRecord()) {
                samples += reader.samplesInRecord(recording.channel());
            }
        }
        return samples / recording.sampleRateHz();
    }
}
