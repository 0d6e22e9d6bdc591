package io.seizmon.core.wire;

import java.util.Objects;

/**
 * One decoded frame of EEG from one stream: consecutive samples of every channel, in physical units.
 *
 * <p>Layout of {@link #samples()}: interleaved by sample, channel fastest. The value of channel {@code c}
 * (0-based) at sample {@code i} (0-based) is {@code samples[i * channelCount + c]}, in microvolts (µV).
 * Its time is {@code firstSampleMicros + round(i * 1e6 / sampleRateHz)} microseconds since the Unix epoch.
 *
 * <p>The array is owned by the frame once constructed; callers must not modify it. Construction validates
 * shape only (not finiteness: the codecs reject non-finite samples before building a frame).
 *
 * @param subjectId         the stream's subject identity, as in the topic ({@link Topics#isValidSubjectId})
 * @param simulated         true when the data come from a simulator or a replay, never from a live subject
 * @param sequence          frame sequence number of this stream, increasing by one per frame
 * @param firstSampleMicros time of sample 0, microseconds since 1970-01-01T00:00Z
 * @param sampleRateHz      samples per second per channel, finite and &gt; 0
 * @param channelCount      number of channels, &ge; 1
 * @param samplesPerChannel samples per channel in this frame, &ge; 1
 * @param samples           interleaved samples in µV, length {@code channelCount * samplesPerChannel}
 */
public record EegFrame(String subjectId, boolean simulated, long sequence, long firstSampleMicros,
                       double sampleRateHz, int channelCount, int samplesPerChannel, float[] samples) {

    public EegFrame {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(samples, "samples");
        if (!(sampleRateHz > 0) || !Double.isFinite(sampleRateHz)) {
            throw new IllegalArgumentException("sampleRateHz: " + sampleRateHz + " (expected: finite and > 0)");
        }
        if (channelCount < 1) {
            throw new IllegalArgumentException("channelCount: " + channelCount + " (expected: >= 1)");
        }
        if (samplesPerChannel < 1) {
            throw new IllegalArgumentException("samplesPerChannel: " + samplesPerChannel + " (expected: >= 1)");
        }
        if ((long) channelCount * samplesPerChannel != samples.length) {
            throw new IllegalArgumentException("samples.length: " + samples.length + " (expected: channelCount * "
                    + "samplesPerChannel = " + (long) channelCount * samplesPerChannel + ")");
        }
    }

    /** Returns the sample of channel {@code channel} at index {@code index}, in µV. */
    public float sample(int index, int channel) {
        return samples[index * channelCount + channel];
    }

    /** Returns the time just after the last sample: the expected first-sample time of the next frame, in µs. */
    public long endMicros() {
        return firstSampleMicros + Math.round(samplesPerChannel * 1e6 / sampleRateHz);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EegFrame f && subjectId.equals(f.subjectId) && simulated == f.simulated
                && sequence == f.sequence && firstSampleMicros == f.firstSampleMicros
                && Double.compare(sampleRateHz, f.sampleRateHz) == 0 && channelCount == f.channelCount
                && samplesPerChannel == f.samplesPerChannel && java.util.Arrays.equals(samples, f.samples);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subjectId, simulated, sequence, firstSampleMicros, sampleRateHz, channelCount,
                samplesPerChannel, java.util.Arrays.hashCode(samples));
    }

    @Override
    public String toString() {
        return "EegFrame[subject=" + subjectId + (simulated ? " (simulated)" : "") + ", seq=" + sequence
                + ", t0=" + firstSampleMicros + "us, " + sampleRateHz + " Hz, " + channelCount + " ch x "
                + samplesPerChannel + "]";
    }
}
