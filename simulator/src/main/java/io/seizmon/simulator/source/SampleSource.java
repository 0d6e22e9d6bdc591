package io.seizmon.simulator.source;

import io.seizmon.core.recording.LabelledEvent;
import java.io.IOException;
import java.util.List;

/**
 * A finite or endless stream of multichannel samples at one fixed rate, in µV, read sequentially: a recording
 * being replayed or a synthetic subject being generated. The simulator's pacer and publisher consume it; they do
 * not care where the samples come from.
 *
 * <p>One source belongs to one thread. {@link #read} fills a caller-owned array; the source keeps no reference to
 * it.
 */
public interface SampleSource extends AutoCloseable {

    /** A short human-readable name (file name, or {@code synthetic subject 3}) for progress lines and errors. */
    String name();

    /** Samples per second per channel, finite and &gt; 0. */
    double sampleRateHz();

    /** Channel labels in frame order; the size is the channel count (&ge; 1). */
    List<String> channelLabels();

    /** Total duration in seconds, or {@code Double.POSITIVE_INFINITY} for an endless source. */
    double durationSeconds();

    /**
     * Ground-truth events (seizures and others), onsets in seconds from the source's first sample, sorted by onset.
     * Known in advance for files and for synthesis (whose schedule is drawn before generation).
     */
    List<LabelledEvent> events();

    /**
     * Reads up to {@code maxSamples} samples per channel into {@code dst}, interleaved by sample, channel fastest
     * ({@code dst[i * channelCount + c]}), in µV.
     *
     * @return samples per channel read; 0 at the end of the source (never 0 before the end)
     * @throws IOException naming the file, offset and field when the underlying file is corrupt
     */
    int read(float[] dst, int maxSamples) throws IOException;

    /** Releases files. Idempotent. */
    @Override
    void close() throws IOException;
}
