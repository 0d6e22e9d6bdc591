package io.seizmon.core.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * JSON form of {@link StreamMeta} (v1), published retained on the {@code meta} topic; documented in
 * {@code docs/wire-format.md}:
 *
 * <pre>{@code
 * {"v":1,"subject":"cage-07","simulated":false,"rate_hz":250.0,"labels":["Fp1","Fp2"],"units":["uV","uV"],
 *  "source":"OpenBCI Cyton, serial 1234"}
 * }</pre>
 *
 * <p>Every key is required exactly once, unknown keys are rejected, and {@code "v"} must be 1 (checked as soon
 * as it is read, so write it first, as the encoder does). Decoders never
 * throw on any input: {@link RejectReason#MALFORMED_JSON} for syntax, missing, duplicate, unknown or mistyped
 * keys; {@link RejectReason#UNSUPPORTED_VERSION}; {@link RejectReason#BAD_SUBJECT_ID};
 * {@link RejectReason#BAD_HEADER_FIELD} for a value out of the ranges of {@link StreamMeta}; and the topic
 * checks {@link RejectReason#TOPIC_MISMATCH} and {@link RejectReason#SIMULATION_MISMATCH}. Thread-safe.
 */
public final class StreamMetaCodec {

    private static final String KEY_VERSION = "v";
    private static final String KEY_SUBJECT = "subject";
    private static final String KEY_SIMULATED = "simulated";
    private static final String KEY_RATE = "rate_hz";
    private static final String KEY_LABELS = "labels";
    private static final String KEY_UNITS = "units";
    private static final String KEY_SOURCE = "source";
    private static final List<String> KEYS = List.of(KEY_VERSION, KEY_SUBJECT, KEY_SIMULATED, KEY_RATE, KEY_LABELS,
            KEY_UNITS, KEY_SOURCE);

    private StreamMetaCodec() {
    }

    /** Encodes {@code meta} as one UTF-8 JSON object, keys in the documented order. */
    public static byte[] encode(StreamMeta meta) {
        Objects.requireNonNull(meta, "meta");
        return JsonFlatObject.write(128 + meta.channelCount() * 24, json -> {
            json.writeStringField(KEY_SUBJECT, meta.subjectId());
            json.writeBooleanField(KEY_SIMULATED, meta.simulated());
            json.writeNumberField(KEY_RATE, meta.sampleRateHz());
            JsonFlatObject.writeStrings(json, KEY_LABELS, meta.channelLabels());
            JsonFlatObject.writeStrings(json, KEY_UNITS, meta.units());
            json.writeStringField(KEY_SOURCE, meta.source());
        });
    }

    /** Decodes metadata without topic context. Never throws. */
    public static PayloadResult<StreamMeta> decode(byte[] json) {
        return read(json, null, false);
    }

    /** Decodes metadata that arrived on a topic and checks its subject and root against the topic's. */
    public static PayloadResult<StreamMeta> decode(byte[] json, String expectedSubjectId,
                                                   boolean expectedSimulated) {
        return read(json, Objects.requireNonNull(expectedSubjectId, "expectedSubjectId"), expectedSimulated);
    }

    private static PayloadResult<StreamMeta> read(byte[] json, String expectedSubjectId, boolean expectedSimulated) {
        Map<String, Object> values = new HashMap<>();
        PayloadResult<StreamMeta> rejected = PayloadChecks.readStream(json, KEYS, StreamMetaCodec::value,
                StreamMetaCodec::expectedType, values, expectedSubjectId, expectedSimulated);
        return rejected != null ? rejected : validate(values);
    }

    /** Returns the value of {@code key}, or null when the token has the wrong type. */
    private static Object value(JsonParser parser, String key, JsonToken token) throws IOException {
        return switch (key) {
            case KEY_VERSION -> token == JsonToken.VALUE_NUMBER_INT ? parser.getBigIntegerValue() : null;
            case KEY_SIMULATED -> token != null && token.isBoolean() ? token == JsonToken.VALUE_TRUE : null;
            case KEY_RATE -> token != null && token.isNumeric() ? parser.getDoubleValue() : null;
            case KEY_LABELS, KEY_UNITS -> token == JsonToken.START_ARRAY
                    ? JsonFlatObject.readStrings(parser, FrameLimits.MAX_CHANNELS) : null;
            default -> token == JsonToken.VALUE_STRING ? parser.getText() : null;
        };
    }

    /** Checks the ranges of complete, well-typed values whose subject was checked. */
    @SuppressWarnings("unchecked")
    private static PayloadResult<StreamMeta> validate(Map<String, Object> values) {
        List<String> labels = (List<String>) values.get(KEY_LABELS);
        List<String> units = (List<String>) values.get(KEY_UNITS);
        double sampleRateHz = (Double) values.get(KEY_RATE);
        String source = (String) values.get(KEY_SOURCE);
        String problem = StreamMeta.problem(labels, units, sampleRateHz, source);
        if (problem != null) {
            return new PayloadResult.Rejected<>(RejectReason.BAD_HEADER_FIELD, problem);
        }
        return new PayloadResult.Decoded<>(new StreamMeta((String) values.get(KEY_SUBJECT),
                (Boolean) values.get(KEY_SIMULATED), labels, units, sampleRateHz, source));
    }

    private static String expectedType(String key) {
        return switch (key) {
            case KEY_VERSION -> "an integer";
            case KEY_SIMULATED -> "true or false";
            case KEY_RATE -> "a number";
            case KEY_LABELS, KEY_UNITS -> "an array of at most " + FrameLimits.MAX_CHANNELS + " strings";
            default -> "a string";
        };
    }

}
