package io.seizmon.core.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * JSON form of a {@link ScoreUpdate} (v1), published on the {@code scores} topic; documented in
 * {@code docs/topics.md} ("Scores payload"):
 *
 * <pre>{@code
 * {"v":1,"agent":"edge-01","subject":"cage-07","simulated":true,"window_start_us":1700000000000000,
 *  "window_end_us":1700000005000000,"probabilities":[0.02,null],"quality":["ok","flat"],"threshold":0.5,
 *  "model_id":"seizmon-mlp-synth-1000hz"}
 * }</pre>
 *
 * <p>A NaN probability is written as {@code null} and {@code null} is read as NaN. Every key is required exactly
 * once, unknown keys are rejected, and {@code "v"} must be 1. Decoders never throw on any input:
 * {@link RejectReason#MALFORMED_JSON} for syntax, missing, duplicate, unknown or mistyped keys (also an array
 * element of the wrong type, or more than {@value FrameLimits#MAX_CHANNELS} elements);
 * {@link RejectReason#UNSUPPORTED_VERSION}; {@link RejectReason#BAD_SUBJECT_ID}; {@link RejectReason#TOPIC_MISMATCH}
 * and {@link RejectReason#SIMULATION_MISMATCH} against a topic; {@link RejectReason#BAD_HEADER_FIELD} for a value
 * out of the ranges of {@link ScoreUpdate} or an unknown quality name. Thread-safe: stateless.
 */
public final class ScoreUpdateCodec {

    private static final String KEY_VERSION = "v";
    private static final String KEY_AGENT = "agent";
    private static final String KEY_SUBJECT = "subject";
    private static final String KEY_SIMULATED = "simulated";
    private static final String KEY_WINDOW_START = "window_start_us";
    private static final String KEY_WINDOW_END = "window_end_us";
    private static final String KEY_PROBABILITIES = "probabilities";
    private static final String KEY_QUALITY = "quality";
    private static final String KEY_THRESHOLD = "threshold";
    private static final String KEY_MODEL_ID = "model_id";
    /** Every key, in the order the encoder writes them. */
    public static final List<String> KEYS = List.of(KEY_VERSION, KEY_AGENT, KEY_SUBJECT, KEY_SIMULATED,
            KEY_WINDOW_START, KEY_WINDOW_END, KEY_PROBABILITIES, KEY_QUALITY, KEY_THRESHOLD, KEY_MODEL_ID);

    private ScoreUpdateCodec() {
    }

    /** Encodes {@code update} as one UTF-8 JSON object, keys in the documented order. */
    public static byte[] encode(ScoreUpdate update) {
        Objects.requireNonNull(update, "update");
        return JsonFlatObject.write(256 + 32 * update.channelCount(), json -> {
            json.writeStringField(KEY_AGENT, update.agentId());
            json.writeStringField(KEY_SUBJECT, update.subjectId());
            json.writeBooleanField(KEY_SIMULATED, update.simulated());
            json.writeNumberField(KEY_WINDOW_START, update.windowStartMicros());
            json.writeNumberField(KEY_WINDOW_END, update.windowEndMicros());
            json.writeArrayFieldStart(KEY_PROBABILITIES);
            for (int c = 0; c < update.channelCount(); c++) {
                JsonFlatObject.writeNumberOrNull(json, update.probability(c));
            }
            json.writeEndArray();
            JsonFlatObject.writeStrings(json, KEY_QUALITY, update.quality().stream().map(ChannelQuality::wireName)
                    .toList());
            json.writeNumberField(KEY_THRESHOLD, update.threshold());
            json.writeStringField(KEY_MODEL_ID, update.modelId());
        });
    }

    /** Decodes an update without topic context. Never throws. */
    public static PayloadResult<ScoreUpdate> decode(byte[] json) {
        return read(json, null, false);
    }

    /** Decodes an update that arrived on {@code topic} and checks its subject and root against the topic's. */
    public static PayloadResult<ScoreUpdate> decode(byte[] json, StreamTopic topic) {
        return read(json, topic.subjectId(), topic.simulated());
    }

    private static PayloadResult<ScoreUpdate> read(byte[] json, String expectedSubjectId, boolean expectedSimulated) {
        Map<String, Object> values = new HashMap<>();
        PayloadResult<ScoreUpdate> rejected = PayloadChecks.readStream(json, KEYS, ScoreUpdateCodec::value,
                ScoreUpdateCodec::expectedType, values, expectedSubjectId, expectedSimulated);
        return rejected != null ? rejected : PayloadChecks.build(() -> update(values));
    }

    /** Returns the value of {@code key}, or null when the token has the wrong type. */
    private static Object value(JsonParser parser, String key, JsonToken token) throws IOException {
        return switch (key) {
            case KEY_VERSION, KEY_WINDOW_START, KEY_WINDOW_END ->
                    token == JsonToken.VALUE_NUMBER_INT ? parser.getBigIntegerValue() : null;
            case KEY_SIMULATED -> token != null && token.isBoolean() ? token == JsonToken.VALUE_TRUE : null;
            case KEY_THRESHOLD -> token != null && token.isNumeric() ? parser.getDoubleValue() : null;
            case KEY_PROBABILITIES -> token == JsonToken.START_ARRAY
                    ? JsonFlatObject.readNumbersOrNulls(parser, FrameLimits.MAX_CHANNELS) : null;
            case KEY_QUALITY -> token == JsonToken.START_ARRAY
                    ? JsonFlatObject.readStrings(parser, FrameLimits.MAX_CHANNELS) : null;
            default -> token == JsonToken.VALUE_STRING ? parser.getText() : null;
        };
    }

    private static String expectedType(String key) {
        return switch (key) {
            case KEY_VERSION, KEY_WINDOW_START, KEY_WINDOW_END -> "an integer";
            case KEY_SIMULATED -> "true or false";
            case KEY_THRESHOLD -> "a number";
            case KEY_PROBABILITIES -> "an array of at most " + FrameLimits.MAX_CHANNELS + " numbers or nulls";
            case KEY_QUALITY -> "an array of at most " + FrameLimits.MAX_CHANNELS + " strings";
            default -> "a string";
        };
    }

    /** Builds the update from complete, well-typed values; throws {@link IllegalArgumentException} for bad ranges. */
    @SuppressWarnings("unchecked")
    private static ScoreUpdate update(Map<String, Object> values) {
        List<String> qualityNames = (List<String>) values.get(KEY_QUALITY);
        List<ChannelQuality> quality = new ArrayList<>(qualityNames.size());
        for (int c = 0; c < qualityNames.size(); c++) {
            String name = qualityNames.get(c);
            int index = c;
            quality.add(ChannelQuality.fromWireName(name).orElseThrow(() -> new IllegalArgumentException(
                    "quality[" + index + "]: " + Rejections.printable(name) + " (expected: one of "
                            + WireNames.all(ChannelQuality.values(), ChannelQuality::wireName) + ")")));
        }
        return new ScoreUpdate((String) values.get(KEY_AGENT), (String) values.get(KEY_SUBJECT),
                (Boolean) values.get(KEY_SIMULATED), PayloadChecks.toLong(KEY_WINDOW_START,
                (BigInteger) values.get(KEY_WINDOW_START)), PayloadChecks.toLong(KEY_WINDOW_END,
                (BigInteger) values.get(KEY_WINDOW_END)), (double[]) values.get(KEY_PROBABILITIES), quality,
                (Double) values.get(KEY_THRESHOLD), (String) values.get(KEY_MODEL_ID));
    }
}
