package io.seizmon.core.dataset;

import io.seizmon.core.recording.Annotation;
import io.seizmon.core.recording.EventsTsv;
import io.seizmon.core.recording.LabelledEvent;
import io.seizmon.core.recording.RecordingOptions;
import io.seizmon.core.recording.RecordingReader;
import io.seizmon.core.recording.Recordings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Seizure intervals of a continuous recording, from a BIDS {@code events.tsv} or from the recording's own EDF+
 * annotations. Only seizure types count ({@link LabelledEvent#isSeizureType}); a seizure without a duration is an
 * error, since its offset would be a guess.
 */
final class SeizureLabels {

    private SeizureLabels() {
    }

    /** Reads the seizures of an events.tsv. */
    static List<SeizureInterval> fromEventsTsv(Path eventsTsv) throws IOException {
        List<SeizureInterval> out = new ArrayList<>();
        for (LabelledEvent event : EventsTsv.read(eventsTsv)) {
            add(out, event, eventsTsv);
        }
        return out;
    }

    /** Reads the seizures among the EDF+/BDF+ annotations of {@code recording}. */
    static List<SeizureInterval> fromAnnotations(Path recording) throws IOException {
        List<SeizureInterval> out = new ArrayList<>();
        try (RecordingReader reader = Recordings.open(recording, RecordingOptions.DEFAULTS)) {
            for (Annotation annotation : reader.annotations()) {
                add(out, LabelledEvent.of(annotation), recording);
            }
        }
        return out;
    }

    /**
     * Returns the BIDS events file beside {@code recording} ({@code sub-01_task-x_eeg.edf} →
     * {@code sub-01_task-x_events.tsv}, or {@code name.edf} → {@code name_events.tsv} / {@code name.events.tsv}),
     * or null when there is none.
     */
    static Path sidecar(Path recording) {
        return EventsTsv.besideRecording(recording).orElse(null);
    }

    private static void add(List<SeizureInterval> out, LabelledEvent event, Path source) throws IOException {
        if (!event.seizure()) {
            return;
        }
        if (!(event.durationSeconds() > 0)) {
            throw new ManifestFormatException(source, 0, "seizure '" + event.eventType() + "' at "
                    + event.onsetSeconds() + " s has no positive duration (" + event.durationSeconds()
                    + "); its offset is needed");
        }
        out.add(new SeizureInterval(event.onsetSeconds(), event.onsetSeconds() + event.durationSeconds()));
    }
}
