package io.seizmon.core.dataset;

import io.seizmon.core.recording.RecordingOptions;
import io.seizmon.core.recording.RecordingReader;
import io.seizmon.core.recording.Recordings;
import java.io.IOException;
import java.nio.file.Path;

/**
 * One item of labelled data: a segment with one label, or a continuous recording with seizure intervals.
 *
 * <p>{@link #group()} names the unit that must stay on one side of a train/validation split (a patient's
 * recording, an annotated event cut into several segments): segments of one group are not independent.
 */
public sealed interface DatasetEntry permits LabelledSegment, ContinuousRecording {

    /** Absolute path of the signal file. */
    Path path();

    /** Sample rate in Hz, or {@code NaN} when the file's own header gives it (EDF, BDF). */
    double sampleRateHz();

    /** 0-based channel (signal) to use. */
    int channel();

    /** Split group; entries with the same group go to the same fold. */
    String group();

    /**
     * Opens the signal file with the entry's sample rate (text formats) or the file's header rate (EDF/BDF).
     * The caller closes the reader.
     *
     * @throws IOException naming the file when it cannot be opened or its format is wrong
     */
    default RecordingReader open() throws IOException {
        RecordingOptions options = Double.isNaN(sampleRateHz()) ? RecordingOptions.DEFAULTS
                : RecordingOptions.DEFAULTS.withSampleRateHz(sampleRateHz());
        return Recordings.open(path(), options);
    }
}
