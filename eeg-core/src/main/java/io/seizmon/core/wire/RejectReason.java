package io.seizmon.core.wire;

/**
 * Why a payload or a frame was rejected: a closed set, counted per reason in metrics.
 *
 * <p>The first group is reported by the decoders in this package; the second group ({@link #CHANNEL_MISMATCH}
 * onwards) is reported by stream assembly, after a frame decoded well but does not fit its stream.
 * A rejection always comes with a detail string naming the field, the value found and the value expected
 * (and the byte offset for binary frames).
 */
public enum RejectReason {

    /** The payload does not start with the magic {@code SZEG}: not a seizmon frame at all. */
    BAD_MAGIC,
    /** The version byte (or JSON {@code "v"}) is not one this decoder reads. */
    UNSUPPORTED_VERSION,
    /** The sample-encoding byte is neither 1 (int16) nor 2 (float32). */
    UNKNOWN_ENCODING,
    /** A reserved flag bit is set. */
    BAD_FLAGS,
    /** The payload ends before the length its header announces (including an empty payload). */
    TRUNCATED,
    /** The payload continues after the checksum its header places. */
    TRAILING_BYTES,
    /** The CRC-32C over the frame does not match: the bytes were corrupted. */
    BAD_CHECKSUM,
    /** A header field is out of range: sample rate, channel count, lengths, payload size, int16 scale/offset. */
    BAD_HEADER_FIELD,
    /** The subject id does not follow the grammar of {@link Topics#isValidSubjectId}. */
    BAD_SUBJECT_ID,
    /** The frame's subject id differs from the subject of the topic it arrived on. */
    TOPIC_MISMATCH,
    /** The frame's simulated flag differs from the topic root it arrived on ({@code live} vs {@code sim}). */
    SIMULATION_MISMATCH,
    /** A sample is NaN or infinite (for int16, its physical value overflows float32). */
    NON_FINITE_SAMPLE,
    /** The JSON is not well formed, or a key is missing, duplicated, unknown or of the wrong type. */
    MALFORMED_JSON,

    /** Assembly: the frame's channel count differs from its stream's. */
    CHANNEL_MISMATCH,
    /** Assembly: the frame's sample rate differs from its stream's. */
    SAMPLE_RATE_MISMATCH,
    /** Assembly: a frame with this sequence number was already accepted for the stream. */
    DUPLICATE_FRAME,
    /** Assembly: the frame's sequence number is lower than one already accepted for the stream. */
    OUT_OF_ORDER_FRAME,
    /** Assembly: the frame could not be queued because the bounded queue was full; recorded as a gap. */
    QUEUE_OVERFLOW
}
