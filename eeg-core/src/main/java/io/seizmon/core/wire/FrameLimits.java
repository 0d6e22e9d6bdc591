package io.seizmon.core.wire;

/**
 * Limits of a v1 frame, shared by the binary and JSON codecs and documented in {@code docs/wire-format.md}.
 *
 * <p>The {@code check*} methods return null when a value is within limits, or a problem string in the house
 * form {@code "name: value (expected: ...)"}: encoders throw it as an {@link IllegalArgumentException},
 * decoders wrap it in a {@link PayloadResult.Rejected}.
 */
public final class FrameLimits {

    /** Lowest sample rate, Hz. */
    public static final double MIN_SAMPLE_RATE_HZ = 1.0;
    /** Highest sample rate, Hz. */
    public static final double MAX_SAMPLE_RATE_HZ = 100_000.0;
    /** Most channels in a frame. */
    public static final int MAX_CHANNELS = 1024;
    /** Most samples per channel in a frame. */
    public static final int MAX_SAMPLES_PER_CHANNEL = 65_536;
    /** Most samples (all channels) in a frame: 4 Mi, i.e. 16 MiB as float32, whatever the encoding. */
    public static final int MAX_TOTAL_SAMPLES = 4 * 1024 * 1024;
    /** Shortest subject id, bytes. */
    public static final int MIN_SUBJECT_ID_BYTES = 1;
    /** Longest subject id, bytes. */
    public static final int MAX_SUBJECT_ID_BYTES = Topics.MAX_ID_LENGTH;

    private FrameLimits() {
    }

    static String checkSampleRate(double sampleRateHz) {
        if (Double.isFinite(sampleRateHz) && sampleRateHz >= MIN_SAMPLE_RATE_HZ && sampleRateHz <= MAX_SAMPLE_RATE_HZ) {
            return null;
        }
        return "sampleRateHz: " + sampleRateHz + " (expected: finite, 1..100000)";
    }

    static String checkChannelCount(long channelCount) {
        return channelCount >= 1 && channelCount <= MAX_CHANNELS ? null
                : "channelCount: " + channelCount + " (expected: 1.." + MAX_CHANNELS + ")";
    }

    static String checkSamplesPerChannel(long samplesPerChannel) {
        return samplesPerChannel >= 1 && samplesPerChannel <= MAX_SAMPLES_PER_CHANNEL ? null
                : "samplesPerChannel: " + samplesPerChannel + " (expected: 1.." + MAX_SAMPLES_PER_CHANNEL + ")";
    }

    static String checkTotalSamples(long channelCount, long samplesPerChannel) {
        long total = channelCount * samplesPerChannel;
        return total <= MAX_TOTAL_SAMPLES ? null
                : "channelCount * samplesPerChannel: " + channelCount + " * " + samplesPerChannel + " = " + total
                + " (expected: <= " + MAX_TOTAL_SAMPLES + ")";
    }

    static String checkSubjectIdLength(long subjectIdBytes) {
        return subjectIdBytes >= MIN_SUBJECT_ID_BYTES && subjectIdBytes <= MAX_SUBJECT_ID_BYTES ? null
                : "subjectIdLength: " + subjectIdBytes + " (expected: 1.." + MAX_SUBJECT_ID_BYTES + ")";
    }

    static String checkSubjectId(String subjectId) {
        return Topics.isValidSubjectId(subjectId) ? null
                : "subjectId: " + quote(subjectId) + " (expected: [a-z0-9][a-z0-9._-]{0,63})";
    }

    /** Checks rate, channels, samples per channel and total, in that order. */
    static String checkShape(double sampleRateHz, long channelCount, long samplesPerChannel) {
        String problem = checkSampleRate(sampleRateHz);
        if (problem == null) {
            problem = checkChannelCount(channelCount);
        }
        if (problem == null) {
            problem = checkSamplesPerChannel(samplesPerChannel);
        }
        if (problem == null) {
            problem = checkTotalSamples(channelCount, samplesPerChannel);
        }
        return problem;
    }

    /** Returns the index of the first non-finite sample, or -1. */
    static int firstNonFinite(float[] samples) {
        for (int i = 0; i < samples.length; i++) {
            if (!Float.isFinite(samples[i])) {
                return i;
            }
        }
        return -1;
    }

    /** Throws {@link IllegalArgumentException} unless {@code frame} can be encoded in v1. */
    static void requireEncodable(EegFrame frame) {
        String problem = checkSubjectId(frame.subjectId());
        if (problem == null) {
            problem = checkShape(frame.sampleRateHz(), frame.channelCount(), frame.samplesPerChannel());
        }
        int bad = problem == null ? firstNonFinite(frame.samples()) : -1;
        if (bad >= 0) {
            problem = "samples[" + bad + "]: " + frame.samples()[bad] + " (expected: finite)";
        }
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    static String quote(String s) {
        return s == null ? "null" : '"' + s + '"';
    }
}
