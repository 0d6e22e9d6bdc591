package io.seizmon.core.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * JSON form of an {@link EegFrame} (v1), for the {@code raw-json} topic; documented in
 * {@code docs/wire-format.md}. One UTF-8 object, written in this key order:
 *
 * <pre>{@code
 * {"v":1,"subject":"cage-07","simulated":false,"seq":42,"t0_us":1700000000000000,"rate_hz":250.0,
 *  "channels":2,"samples":[[1.5,-2.25],[0.0,100.0],[-0.5,12.125]]}
 * }</pre>
 *
 * <p>{@code samples} holds one row per sample instant, each row one value per channel in µV (row {@code i},
 * column {@code c} is {@code samples[i * channelCount + c]} of the frame). Every key is required exactly once;
 * unknown keys are rejected. Samples are written as {@link Float#toString(float)} writes them and read by
 * rounding the decimal straight to float32 ({@link Float#parseFloat}), so a frame survives JSON bit for bit,
 * exactly as with {@link FrameCodec#encodeFloat32}.
 *
 * <p>The encoder throws {@link IllegalArgumentException} for a frame v1 cannot carry; decoders never throw on
 * any input and report {@link RejectReason#MALFORMED_JSON} for syntax, missing, duplicate, unknown or mistyped
 * keys, and the same reasons as the binary decoder for values out of range. Thread-safe: stateless.
 */
public final class JsonFrameCodec {

    static final String KEY_VERSION = "v";
    static final String KEY_SUBJECT = "subject";
    static final String KEY_SIMULATED = "simulated";
    static final String KEY_SEQUENCE = "seq";
    static final String KEY_FIRST_SAMPLE = "t0_us";
    static final String KEY_RATE = "rate_hz";
    static final String KEY_CHANNELS = "channels";
    static final String KEY_SAMPLES = "samples";

    /** Shared by every call: Jackson factories are thread-safe once configured. */
    static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonFrameCodec() {
    }

    /** Encodes {@code frame} as one UTF-8 JSON object. */
    public static byte[] encode(EegFrame frame) {
        FrameLimits.requireEncodable(Objects.requireNonNull(frame, "frame"));
        return JsonFlatObject.write(160 + frame.samples().length * 12, json -> {
            json.writeStringField(KEY_SUBJECT, frame.subjectId());
            json.writeBooleanField(KEY_SIMULATED, frame.simulated());
            json.writeFieldName(KEY_SEQUENCE);
            writeUnsigned(json, frame.sequence());
            json.writeNumberField(KEY_FIRST_SAMPLE, frame.firstSampleMicros());
            json.writeNumberField(KEY_RATE, frame.sampleRateHz());
            json.writeNumberField(KEY_CHANNELS, frame.channelCount());
            json.writeArrayFieldStart(KEY_SAMPLES);
            for (int i = 0; i < frame.samplesPerChannel(); i++) {
                json.writeStartArray();
                for (int c = 0; c < frame.channelCount(); c++) {
                    json.writeNumber(frame.sample(i, c));
                }
                json.writeEndArray();
            }
            json.writeEndArray();
        });
    }

    /** Decodes a UTF-8 JSON frame without topic context. Never throws. */
    public static PayloadResult<EegFrame> decode(byte[] json) {
        return JsonFrameReader.read(json, null, false);
    }

    /** Decodes a JSON frame held as a string (tests, tools). Never throws. */
    public static PayloadResult<EegFrame> decode(String json) {
        return decode(json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Decodes a JSON frame that arrived on a topic, and checks its subject and simulated flag against the topic's,
     * as {@link FrameCodec#decode(byte[], String, boolean)} does. Never throws on any payload.
     */
    public static PayloadResult<EegFrame> decode(byte[] json, String expectedSubjectId, boolean expectedSimulated) {
        Objects.requireNonNull(expectedSubjectId, "expectedSubjectId");
        return JsonFrameReader.read(json, expectedSubjectId, expectedSimulated);
    }

    /** Writes a u64 held in a long: values with the top bit set are written as their unsigned decimal. */
    private static void writeUnsigned(JsonGenerator json, long value) throws IOException {
        if (value >= 0) {
            json.writeNumber(value);
        } else {
            json.writeNumber(new BigInteger(Long.toUnsignedString(value)));
        }
    }
}
