package io.seizmon.core.wire;

import java.util.List;
import java.util.Objects;

/**
 * Binary wire format v1 of an {@link EegFrame}: little-endian, checksummed, documented byte by byte in
 * {@code docs/wire-format.md}.
 *
 * <pre>
 * off  size  field
 *   0     4  magic "SZEG"
 *   4     1  version u8 = 1
 *   5     1  sample encoding u8: 1 = int16 + per-channel scale/offset, 2 = float32 µV
 *   6     2  flags u16: bit 0 = simulated, other bits 0
 *   8     8  sequence u64
 *  16     8  first-sample time i64, µs since the epoch
 *  24     8  sample rate f64, Hz, finite, 1..100000
 *  32     2  channel count C u16, 1..1024
 *  34     2  subject-id length L u16, 1..64
 *  36     4  samples per channel N u32, 1..65536, C × N &le; 4 Mi
 *  40     L  subject id, UTF-8 (v1: [a-z0-9][a-z0-9._-]{0,63})
 *  int16 only: C × (f32 scale, f32 offset)
 *  samples: C × N values, sample-major, channel fastest: int16 or float32
 *  last   4  CRC-32C of all preceding bytes, u32
 * </pre>
 *
 * <p>Encoders throw {@link IllegalArgumentException} for a frame that v1 cannot carry (invalid subject id, a
 * field out of {@link FrameLimits}, a non-finite sample) and return a new array of exactly the frame's length.
 * Decoders never throw on any bytes, null included: they return {@link PayloadResult.Rejected} with the first
 * failing check. Thread-safe: stateless; the caller keeps ownership of the arrays it passes.
 */
public final class FrameCodec {

    /** The magic at offset 0: ASCII {@code SZEG}. */
    static final byte[] MAGIC = {'S', 'Z', 'E', 'G'};
    /** The version this codec writes and reads. */
    public static final int VERSION = 1;
    /** Length of the fixed header, bytes; the subject id starts here. */
    public static final int HEADER_BYTES = 40;
    /** Length of the trailing CRC-32C, bytes. */
    public static final int CHECKSUM_BYTES = 4;
    /** Flag bit 0: the frame comes from a simulator or replay. */
    public static final int FLAG_SIMULATED = 1;

    private FrameCodec() {
    }

    /** Encodes {@code frame} with float32 samples (encoding 2), bit for bit. */
    public static byte[] encodeFloat32(EegFrame frame) {
        return BinaryFrameWriter.writeFloat32(Objects.requireNonNull(frame, "frame"));
    }

    /**
     * Encodes {@code frame} with int16 samples (encoding 1) under the given per-channel scalings; values outside
     * a scaling's range saturate (see {@link ChannelScaling#quantise}).
     *
     * @param scalings one per channel, in channel order
     */
    public static byte[] encodeInt16(EegFrame frame, List<ChannelScaling> scalings) {
        return BinaryFrameWriter.writeInt16(Objects.requireNonNull(frame, "frame"),
                Objects.requireNonNull(scalings, "scalings"));
    }

    /** Encodes {@code frame} with int16 samples, each channel scaled to its own min..max in this frame. */
    public static byte[] encodeInt16(EegFrame frame) {
        FrameLimits.requireEncodable(Objects.requireNonNull(frame, "frame"));
        return BinaryFrameWriter.writeInt16(frame, ChannelScaling.fitting(frame));
    }

    /** Decodes a frame without topic context. Never throws. */
    public static PayloadResult<EegFrame> decode(byte[] payload) {
        return BinaryFrameReader.read(payload, null, false);
    }

    /**
     * Decodes a frame that arrived on a topic, and checks that its subject id and simulated flag are the topic's
     * ({@link RejectReason#TOPIC_MISMATCH}, {@link RejectReason#SIMULATION_MISMATCH}). Never throws on any payload.
     *
     * @param expectedSubjectId the topic's subject, not null
     * @param expectedSimulated true when the topic is under the {@code sim} root
     */
    public static PayloadResult<EegFrame> decode(byte[] payload, String expectedSubjectId, boolean expectedSimulated) {
        Objects.requireNonNull(expectedSubjectId, "expectedSubjectId");
        return BinaryFrameReader.read(payload, expectedSubjectId, expectedSimulated);
    }

    /** Decodes a frame that arrived on {@code topic}; same as {@link #decode(byte[], String, boolean)}. */
    public static PayloadResult<EegFrame> decode(byte[] payload, StreamTopic topic) {
        return decode(payload, topic.subjectId(), topic.simulated());
    }
}
