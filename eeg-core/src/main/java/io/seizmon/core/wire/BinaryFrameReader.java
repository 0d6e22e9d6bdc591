package io.seizmon.core.wire;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * Reads binary v1 frames; {@link FrameCodec} is its public face. Checks run in the order documented in
 * {@code docs/wire-format.md}; the first failing check is reported. Never throws on any bytes. Stateless.
 */
final class BinaryFrameReader {

    private static final int OFF_VERSION = 4;
    private static final int OFF_ENCODING = 5;
    private static final int OFF_FLAGS = 6;
    private static final int OFF_SEQUENCE = 8;
    private static final int OFF_FIRST_SAMPLE = 16;
    private static final int OFF_RATE = 24;
    private static final int OFF_CHANNELS = 32;
    private static final int OFF_SUBJECT_LENGTH = 34;
    private static final int OFF_SAMPLES_PER_CHANNEL = 36;

    private BinaryFrameReader() {
    }

    /** Decodes {@code bytes}; when {@code expectedSubjectId} is non-null, checks subject and simulated flag. */
    static PayloadResult<EegFrame> read(byte[] bytes, String expectedSubjectId, boolean expectedSimulated) {
        PayloadResult<EegFrame> rejected = checkPrefix(bytes);
        if (rejected != null) {
            return rejected;
        }
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        rejected = checkHeader(in);
        if (rejected == null) {
            rejected = checkLengthAndChecksum(in);
        }
        if (rejected != null) {
            return rejected;
        }
        int channels = channels(in);
        int subjectLength = subjectLength(in);
        String subjectId = new String(bytes, FrameCodec.HEADER_BYTES, subjectLength, StandardCharsets.UTF_8);
        if (!Topics.isValidSubjectId(subjectId)) {
            return reject(RejectReason.BAD_SUBJECT_ID, "subjectId: " + Rejections.printable(subjectId)
                    + " (expected: [a-z0-9][a-z0-9._-]{0,63}) at byte offset " + FrameCodec.HEADER_BYTES);
        }
        boolean simulated = (in.getShort(OFF_FLAGS) & FrameCodec.FLAG_SIMULATED) != 0;
        rejected = Rejections.checkTopic(subjectId, simulated, expectedSubjectId, expectedSimulated);
        if (rejected != null) {
            return rejected;
        }
        in.position(FrameCodec.HEADER_BYTES + subjectLength);
        float[] samples = new float[channels * samplesPerChannel(in)];
        rejected = encoding(in) == SampleEncoding.FLOAT32
                ? readFloat32(in, samples, channels) : readInt16(in, samples, channels);
        if (rejected != null) {
            return rejected;
        }
        return new PayloadResult.Decoded<>(new EegFrame(subjectId, simulated, in.getLong(OFF_SEQUENCE),
                in.getLong(OFF_FIRST_SAMPLE), in.getDouble(OFF_RATE), channels, samplesPerChannel(in), samples));
    }

    /** Checks what can be checked before the fixed header is complete: magic, version, header length. */
    private static PayloadResult<EegFrame> checkPrefix(byte[] bytes) {
        if (bytes == null) {
            return reject(RejectReason.TRUNCATED, "payload: null (expected: a binary frame)");
        }
        int length = bytes.length;
        for (int i = 0; i < Math.min(length, FrameCodec.MAGIC.length); i++) {
            if (bytes[i] != FrameCodec.MAGIC[i]) {
                return reject(RejectReason.BAD_MAGIC, "magic: " + Rejections.hex(bytes, 0, Math.min(length, 4))
                        + " (expected: 53 5A 45 47 = \"SZEG\") at byte offset 0");
            }
        }
        if (length > OFF_VERSION && (bytes[OFF_VERSION] & 0xFF) != FrameCodec.VERSION) {
            return reject(RejectReason.UNSUPPORTED_VERSION, "version: " + (bytes[OFF_VERSION] & 0xFF)
                    + " (expected: " + FrameCodec.VERSION + ") at byte offset " + OFF_VERSION);
        }
        if (length < FrameCodec.HEADER_BYTES) {
            return reject(RejectReason.TRUNCATED, "payload: " + length + " bytes (expected: >= "
                    + FrameCodec.HEADER_BYTES + " for the fixed header)");
        }
        return null;
    }

    private static PayloadResult<EegFrame> checkHeader(ByteBuffer in) {
        int code = in.get(OFF_ENCODING) & 0xFF;
        if (SampleEncoding.ofCode(code) == null) {
            return reject(RejectReason.UNKNOWN_ENCODING, "encoding: " + code
                    + " (expected: 1 = int16 or 2 = float32) at byte offset " + OFF_ENCODING);
        }
        int flags = in.getShort(OFF_FLAGS) & 0xFFFF;
        if ((flags & ~FrameCodec.FLAG_SIMULATED) != 0) {
            return reject(RejectReason.BAD_FLAGS, String.format("flags: 0x%04X (expected: only bit 0 = simulated "
                    + "may be set) at byte offset %d", flags, OFF_FLAGS));
        }
        String problem = headerProblem(in.getDouble(OFF_RATE), channels(in), subjectLength(in),
                in.getInt(OFF_SAMPLES_PER_CHANNEL) & 0xFFFF_FFFFL);
        return problem == null ? null : reject(RejectReason.BAD_HEADER_FIELD, problem);
    }

    private static PayloadResult<EegFrame> checkLengthAndChecksum(ByteBuffer in) {
        int length = in.capacity();
        int expected = BinaryFrameWriter.frameLength(encoding(in), subjectLength(in), channels(in),
                samplesPerChannel(in));
        if (length < expected) {
            return reject(RejectReason.TRUNCATED, "payload: " + length + " bytes (expected: " + expected
                    + " as announced by the header)");
        }
        if (length > expected) {
            return reject(RejectReason.TRAILING_BYTES, "payload: " + length + " bytes (expected: " + expected
                    + " as announced by the header; " + (length - expected) + " trailing)");
        }
        int crcOffset = expected - FrameCodec.CHECKSUM_BYTES;
        CRC32C crc = new CRC32C();
        crc.update(in.array(), 0, crcOffset);
        long stored = in.getInt(crcOffset) & 0xFFFF_FFFFL;
        if (stored != crc.getValue()) {
            return reject(RejectReason.BAD_CHECKSUM, String.format("checksum: 0x%08X (expected: 0x%08X, the "
                    + "CRC-32C of bytes 0..%d) at byte offset %d", stored, crc.getValue(), crcOffset - 1, crcOffset));
        }
        return null;
    }

    private static SampleEncoding encoding(ByteBuffer in) {
        return SampleEncoding.ofCode(in.get(OFF_ENCODING) & 0xFF);
    }

    private static int channels(ByteBuffer in) {
        return in.getShort(OFF_CHANNELS) & 0xFFFF;
    }

    private static int subjectLength(ByteBuffer in) {
        return in.getShort(OFF_SUBJECT_LENGTH) & 0xFFFF;
    }

    /** Returns samples per channel; only after {@link #checkHeader} has bounded it to an int. */
    private static int samplesPerChannel(ByteBuffer in) {
        return in.getInt(OFF_SAMPLES_PER_CHANNEL);
    }

    private static String headerProblem(double sampleRateHz, int channels, int subjectLength, long samplesPerChannel) {
        String problem = FrameLimits.checkSampleRate(sampleRateHz);
        if (problem != null) {
            return problem + " at byte offset " + OFF_RATE;
        }
        problem = FrameLimits.checkChannelCount(channels);
        if (problem != null) {
            return problem + " at byte offset " + OFF_CHANNELS;
        }
        problem = FrameLimits.checkSubjectIdLength(subjectLength);
        if (problem != null) {
            return problem + " at byte offset " + OFF_SUBJECT_LENGTH;
        }
        problem = FrameLimits.checkSamplesPerChannel(samplesPerChannel);
        if (problem == null) {
            problem = FrameLimits.checkTotalSamples(channels, samplesPerChannel);
        }
        return problem == null ? null : problem + " at byte offset " + OFF_SAMPLES_PER_CHANNEL;
    }

    private static PayloadResult<EegFrame> readFloat32(ByteBuffer in, float[] samples, int channels) {
        int start = in.position();
        in.asFloatBuffer().get(samples);
        int bad = FrameLimits.firstNonFinite(samples);
        return bad < 0 ? null : nonFinite(bad, channels, samples[bad], "", start + bad * Float.BYTES);
    }

    private static PayloadResult<EegFrame> readInt16(ByteBuffer in, float[] samples, int channels) {
        ChannelScaling[] scalings = new ChannelScaling[channels];
        for (int c = 0; c < channels; c++) {
            int offset = in.position();
            float scale = in.getFloat();
            float microvoltsAtZero = in.getFloat();
            if (!Float.isFinite(scale) || scale == 0) {
                return reject(RejectReason.BAD_HEADER_FIELD, "scale[" + c + "]: " + scale
                        + " (expected: finite, != 0) at byte offset " + offset);
            }
            if (!Float.isFinite(microvoltsAtZero)) {
                return reject(RejectReason.BAD_HEADER_FIELD, "offset[" + c + "]: " + microvoltsAtZero
                        + " (expected: finite) at byte offset " + (offset + Float.BYTES));
            }
            scalings[c] = new ChannelScaling(scale, microvoltsAtZero);
        }
        int start = in.position();
        for (int i = 0; i < samples.length; i++) {
            short raw = in.getShort();
            float value = scalings[i % channels].physical(raw);
            if (!Float.isFinite(value)) {
                return nonFinite(i, channels, value, " from raw " + raw, start + i * Short.BYTES);
            }
            samples[i] = value;
        }
        return null;
    }

    private static PayloadResult<EegFrame> nonFinite(int index, int channels, float value, String origin, int offset) {
        return reject(RejectReason.NON_FINITE_SAMPLE, "sample " + index / channels + " of channel "
                + index % channels + ": " + value + origin + " (expected: finite) at byte offset " + offset);
    }

    private static PayloadResult<EegFrame> reject(RejectReason reason, String detail) {
        return new PayloadResult.Rejected<>(reason, detail);
    }
}
