package io.seizmon.core.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * JSON form of a {@link TruthEvent} (v1), published on the {@code truth} topic; documented in
 * {@code docs/topics.md}:
 *
 * <pre>{@code
 * {"v":1,"subject":"cage-07","simulated":true,"seq":3,"onset_us":1700000002345703,"duration_s":1.5,
 *  "label":"sz_foc_ia","seizure":true}
 * }</pre>
 *
 * <p>{@code duration_s} is a number &ge; 0 or {@code null} (no duration given). Every key is required exactly
 * once, unknown keys are rejected, and {@code "v"} must be 1 (checked as soon as it is read, so write it first, as
 * the encoder does). Decoders never throw on any input: {@link RejectReason#MALFORMED_JSON} for syntax, missing,
 * duplicate, unknown or mistyped keys; {@link RejectReason#UNSUPPORTED_VERSION}; {@link RejectReason#BAD_SUBJECT_ID};
 * {@link RejectReason#BAD_HEADER_FIELD} for {@code seq}, {@code onset_us}, {@code duration_s} or {@code label} out of
 * range; and the topic checks {@link RejectReason#TOPIC_MISMATCH} and {@link RejectReason#SIMULATION_MISMATCH}.
 * Thread-safe: stateless.
 */
public final class TruthEventCodec {

    private static final String KEY_VERSION = "v";
    private static final String KEY_SUBJECT = "subject";
    private static final String KEY_SIMULATED = "simulated";
    private static final String KEY_SEQUENCE = "seq";
    private static final String KEY_ONSET = "onset_us";
    private static final String KEY_DURATION = "duration_s";
    private static final String KEY_LABEL = "label";
    private static final String KEY_SEIZURE = "seizure";
    private static final List<String> KEYS = List.of(KEY_VERSION, KEY_SUBJECT, KEY_SIMULATED, KEY_SEQUENCE,
            KEY_ONSET, KEY_DURATION, KEY_LABEL, KEY_SEIZURE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private TruthEventCodec() {
    }

    /** Encodes {@code event} as one UTF-8 JSON object, keys in the documented order. */
    public static byte[] encode(TruthEvent event) {
        Objects.requireNonNull(event, "event");
        return JsonFlatObject.write(160 + event.label().length(), json -> {
            json.writeStringField(KEY_SUBJECT, event.subjectId());
            json.writeBooleanField(KEY_SIMULATED, event.simulated());
            json.writeNumberField(KEY_SEQUENCE, event.sequence());
            json.writeNumberField(KEY_ONSET, event.onsetMicros());
            if (event.hasDuration()) {
                json.writeNumberField(KEY_DURATION, event.durationSeconds());
            } else {
                json.writeNullField(KEY_DURATION);
            }
            json.writeStringField(KEY_LABEL, event.label());
            json.writeBooleanField(KEY_SEIZURE, event.seizure());
        });
    }

    /** Decodes an event without topic context. Never throws. */
    public static PayloadResult<TruthEvent> decode(byte[] json) {
        return read(json, null, false);
    }

    /** Decodes an event that arrived on a topic and checks its subject and root against the topic's. */
    public static PayloadResult<TruthEvent> decode(byte[] json, String expectedSubjectId,
                                                   boolean expectedSimulated) {
        return read(json, Objects.requireNonNull(expectedSubjectId, "expectedSubjectId"), expectedSimulated);
    }

    /** Decodes an event that arrived on {@code topic}; same as {@link #decode(byte[], String, boolean)}. */
    public static PayloadResult<TruthEvent> decode(byte[] json, StreamTopic topic) {
        return decode(json, topic.subjectId(), topic.simulated());
    }

    private static PayloadResult<TruthEvent> read(byte[] json, String expectedSubjectId, boolean expectedSimulated) {
        Map<String, Object> values = new HashMap<>();
        PayloadResult<TruthEvent> rejected = PayloadChecks.readStream(json, KEYS, TruthEventCodec::value,
                TruthEventCodec::expectedType, values, expectedSubjectId, expectedSimulated);
        return rejected != null ? rejected : validate(values);
    }

    /** Returns the value of {@code key}, or null when the token has the wrong type. A null duration is NaN. */
    private static Object value(JsonParser parser, String key, JsonToken token) throws IOException {
        return switch (key) {
            case KEY_VERSION, KEY_SEQUENCE, KEY_ONSET ->
                    token == JsonToken.VALUE_NUMBER_INT ? parser.getBigIntegerValue() : null;
            case KEY_SIMULATED, KEY_SEIZURE ->
                    token != null && token.isBoolean() ? token == JsonToken.VALUE_TRUE : null;
            case KEY_DURATION -> token == JsonToken.VALUE_NULL ? (Object) Double.NaN
                    : token != null && token.isNumeric() ? (Object) parser.getDoubleValue() : null;
            default -> token == JsonToken.VALUE_STRING ? parser.getText() : null;
        };
    }

    /** Checks the ranges of complete, well-typed values whose subject was checked. */
    private static PayloadResult<TruthEvent> validate(Map<String, Object> values) {
        BigInteger sequence = (BigInteger) values.get(KEY_SEQUENCE);
        String problem = sequence.signum() >= 0 && sequence.compareTo(LONG_MAX) <= 0 ? null
                : "\"seq\": " + sequence + " (expected: 0.." + LONG_MAX + ")";
        BigInteger onset = (BigInteger) values.get(KEY_ONSET);
        if (problem == null) {
            problem = JsonFields.checkSigned64(KEY_ONSET, onset);
        }
        double durationSeconds = (Double) values.get(KEY_DURATION);
        String label = (String) values.get(KEY_LABEL);
        if (problem == null) {
            problem = TruthEvent.problem(sequence.longValue(), durationSeconds, label);
        }
        if (problem != null) {
            return new PayloadResult.Rejected<>(RejectReason.BAD_HEADER_FIELD, problem);
        }
        return new PayloadResult.Decoded<>(new TruthEvent((String) values.get(KEY_SUBJECT),
                (Boolean) values.get(KEY_SIMULATED), sequence.longValue(),
                onset.longValue(), durationSeconds, label, (Boolean) values.get(KEY_SEIZURE)));
    }

    private static String expectedType(String key) {
        return switch (key) {
            case KEY_VERSION, KEY_SEQUENCE, KEY_ONSET -> "an integer";
            case KEY_SIMULATED, KEY_SEIZURE -> "true or false";
            case KEY_DURATION -> "a number or null";
            default -> "a string";
        };
    }

}
