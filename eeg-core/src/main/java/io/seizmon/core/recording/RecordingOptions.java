package io.seizmon.core.recording;

/**
 * How to open a recording.
 *
 * @param sampleRateHz     sample rate of text recordings (CSV, plain text), finite and &gt; 0, or NaN when not
 *                         given (then opening a text recording fails); ignored for EDF/BDF, whose header says it
 * @param acceptTruncated  for EDF/BDF whose size does not match {@code n_records * record size}: false (default)
 *                         rejects the file; true reads the complete records that are present and ignores a partial
 *                         last record. Files with {@code n_records = -1} are always read up to the last complete
 *                         record.
 */
public record RecordingOptions(double sampleRateHz, boolean acceptTruncated) {

    /** No sample rate, strict about EDF file sizes. */
    public static final RecordingOptions DEFAULTS = new RecordingOptions(Double.NaN, false);

    public RecordingOptions {
        if (!Double.isNaN(sampleRateHz) && !(sampleRateHz > 0 && Double.isFinite(sampleRateHz))) {
            throw new IllegalArgumentException("sampleRateHz: " + sampleRateHz + " (expected: finite and > 0)");
        }
    }

    /** Returns these options with the sample rate for text recordings. */
    public RecordingOptions withSampleRateHz(double rateHz) {
        return new RecordingOptions(rateHz, acceptTruncated);
    }

    /** Returns these options with the given truncation policy. */
    public RecordingOptions withAcceptTruncated(boolean accept) {
        return new RecordingOptions(sampleRateHz, accept);
    }
}
