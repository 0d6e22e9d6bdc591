package io.seizmon.core.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.seizmon.core.detect.DetectionSpec;
import java.io.IOException;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * JSON form of an {@link AlertEvent} (v1), published on the {@code alerts} topic; documented in
 * {@code docs/topics.md} ("Alert payload"): one flat object, keys in the order of {@link #KEYS}, no whitespace.
 *
 * <p>{@code channel}, {@code channel_label} and {@code offset_us} are {@code null} when the event has none. Every key
 * is required exactly once, unknown keys are rejected, and {@code "v"} must be 1 (checked as soon as it is read).
 * Decoders never throw on any input: {@link RejectReason#MALFORMED_JSON} for syntax, missing, duplicate, unknown or
 * mistyped keys; {@link RejectReason#UNSUPPORTED_VERSION}; {@link RejectReason#BAD_SUBJECT_ID};
 * {@link RejectReason#TOPIC_MISMATCH} and {@link RejectReason#SIMULATION_MISMATCH} against a topic;
 * {@link RejectReason#BAD_HEADER_FIELD} for any value out of the ranges of {@link AlertEvent} or
 * {@link DetectionSpec}, an unknown {@code kind}, or a {@code priority} that does not match the kind.
 * Thread-safe: stateless.
 */
public final class AlertEventCodec {

    private static final String KEY_VERSION = "v";
    private static final String KEY_ID = "id";
    private static final String KEY_AGENT = "agent";
    private static final String KEY_SUBJECT = "subject";
    private static final String KEY_SIMULATED = "simulated";
    private static final String KEY_CHANNEL = "channel";
    private static final String KEY_CHANNEL_LABEL = "channel_label";
    private static final String KEY_KIND = "kind";
    private static final String KEY_PRIORITY = "priority";
    private static final String KEY_SEIZURE_NUMBER = "seizure_number";
    private static final String KEY_ONSET = "onset_us";
    private static final String KEY_OFFSET = "offset_us";
    private static final String KEY_DECISION = "decision_us";
    private static final String KEY_PUBLISHED = "published_us";
    private static final String KEY_PEAK = "peak_probability";
    private static final String KEY_WINDOWS = "windows";
    private static final String KEY_MODEL_ID = "model_id";
    private static final String KEY_MODEL_SHA256 = "model_sha256";
    private static final String KEY_THRESHOLD = "threshold";
    private static final String KEY_ONSET_WINDOWS = "onset_windows";
    private static final String KEY_ONSET_OF = "onset_of";
    private static final String KEY_OFFSET_WINDOWS = "offset_windows";
    private static final String KEY_MIN_EVENT = "min_event_s";
    private static final String KEY_REFRACTORY = "refractory_s";
    private static final String KEY_DETAIL = "detail";
    /** Every key, in the order the encoder writes them. */
    public static final List<String> KEYS = List.of(KEY_VERSION, KEY_ID, KEY_AGENT, KEY_SUBJECT, KEY_SIMULATED,
            KEY_CHANNEL, KEY_CHANNEL_LABEL, KEY_KIND, KEY_PRIORITY, KEY_SEIZURE_NUMBER, KEY_ONSET, KEY_OFFSET,
            KEY_DECISION, KEY_PUBLISHED, KEY_PEAK, KEY_WINDOWS, KEY_MODEL_ID, KEY_MODEL_SHA256, KEY_THRESHOLD,
            KEY_ONSET_WINDOWS, KEY_ONSET_OF, KEY_OFFSET_WINDOWS, KEY_MIN_EVENT, KEY_REFRACTORY, KEY_DETAIL);

    private AlertEventCodec() {
    }

    /** Encodes {@code event} as one UTF-8 JSON object, keys in the documented order. */
    public static byte[] encode(AlertEvent event) {
        Objects.requireNonNull(event, "event");
        return JsonFlatObject.write(640 + event.detail().length(), json -> {
            json.writeStringField(KEY_ID, event.id());
            json.writeStringField(KEY_AGENT, event.agentId());
            json.writeStringField(KEY_SUBJECT, event.subjectId());
            json.writeBooleanField(KEY_SIMULATED, event.simulated());
            writeEvent(json, event);
            writeDetection(json, event.detection());
            json.writeStringField(KEY_DETAIL, event.detail());
        });
    }

    /** Decodes an event without topic context. Never throws. */
    public static PayloadResult<AlertEvent> decode(byte[] json) {
        return read(json, null, false);
    }

    /** Decodes an event that arrived on {@code topic} and checks its subject and root against the topic's. */
    public static PayloadResult<AlertEvent> decode(byte[] json, StreamTopic topic) {
        return read(json, topic.subjectId(), topic.simulated());
    }

    private static void writeEvent(JsonGenerator json, AlertEvent event) throws IOException {
        json.writeFieldName(KEY_CHANNEL);
        if (event.channel().isPresent()) {
            json.writeNumber(event.channel().getAsInt());
        } else {
            json.writeNull();
        }
        json.writeStringField(KEY_CHANNEL_LABEL, event.channelLabel().orElse(null));
        json.writeStringField(KEY_KIND, event.kind().wireName());
        json.writeStringField(KEY_PRIORITY, event.priority().wireName());
        json.writeNumberField(KEY_SEIZURE_NUMBER, event.seizureNumber());
        json.writeNumberField(KEY_ONSET, event.onsetMicros());
        json.writeFieldName(KEY_OFFSET);
        if (event.offsetMicros().isPresent()) {
            json.writeNumber(event.offsetMicros().getAsLong());
        } else {
            json.writeNull();
        }
        json.writeNumberField(KEY_DECISION, event.decisionMicros());
        json.writeNumberField(KEY_PUBLISHED, event.publishedMicros());
        json.writeNumberField(KEY_PEAK, event.peakProbability());
        json.writeNumberField(KEY_WINDOWS, event.windows());
        json.writeStringField(KEY_MODEL_ID, event.modelId());
        json.writeStringField(KEY_MODEL_SHA256, event.modelSha256());
    }

    private static void writeDetection(JsonGenerator json, DetectionSpec detection) throws IOException {
        json.writeNumberField(KEY_THRESHOLD, detection.threshold());
        json.writeNumberField(KEY_ONSET_WINDOWS, detection.onsetWindows());
        json.writeNumberField(KEY_ONSET_OF, detection.onsetOf());
        json.writeNumberField(KEY_OFFSET_WINDOWS, detection.offsetWindows());
        json.writeNumberField(KEY_MIN_EVENT, detection.minEventSeconds());
        json.writeNumberField(KEY_REFRACTORY, detection.refractorySeconds());
    }

    private static PayloadResult<AlertEvent> read(byte[] json, String expectedSubjectId, boolean expectedSimulated) {
        Map<String, Object> values = new HashMap<>();
        PayloadResult<AlertEvent> rejected = PayloadChecks.readStream(json, KEYS, AlertEventCodec::value,
                AlertEventCodec::expectedType, values, expectedSubjectId, expectedSimulated);
        return rejected != null ? rejected : PayloadChecks.build(() -> event(values));
    }

    /** Returns the value of {@code key}, or null when the token has the wrong type; JSON null as empty. */
    private static Object value(JsonParser parser, String key, JsonToken token) throws IOException {
        return switch (key) {
            case KEY_VERSION, KEY_SEIZURE_NUMBER, KEY_ONSET, KEY_DECISION, KEY_PUBLISHED, KEY_WINDOWS,
                    KEY_ONSET_WINDOWS, KEY_ONSET_OF, KEY_OFFSET_WINDOWS ->
                    token == JsonToken.VALUE_NUMBER_INT ? parser.getBigIntegerValue() : null;
            case KEY_CHANNEL, KEY_OFFSET -> token == JsonToken.VALUE_NULL ? Optional.empty()
                    : token == JsonToken.VALUE_NUMBER_INT ? Optional.of(parser.getBigIntegerValue()) : null;
            case KEY_SIMULATED -> token != null && token.isBoolean() ? token == JsonToken.VALUE_TRUE : null;
            case KEY_PEAK, KEY_THRESHOLD, KEY_MIN_EVENT, KEY_REFRACTORY ->
                    token != null && token.isNumeric() ? parser.getDoubleValue() : null;
            case KEY_CHANNEL_LABEL -> token == JsonToken.VALUE_NULL ? Optional.empty()
                    : token == JsonToken.VALUE_STRING ? Optional.of(parser.getText()) : null;
            default -> token == JsonToken.VALUE_STRING ? parser.getText() : null;
        };
    }

    private static String expectedType(String key) {
        return switch (key) {
            case KEY_VERSION, KEY_SEIZURE_NUMBER, KEY_ONSET, KEY_DECISION, KEY_PUBLISHED, KEY_WINDOWS,
                    KEY_ONSET_WINDOWS, KEY_ONSET_OF, KEY_OFFSET_WINDOWS -> "an integer";
            case KEY_CHANNEL, KEY_OFFSET -> "an integer or null";
            case KEY_SIMULATED -> "true or false";
            case KEY_PEAK, KEY_THRESHOLD, KEY_MIN_EVENT, KEY_REFRACTORY -> "a number";
            case KEY_CHANNEL_LABEL -> "a string or null";
            default -> "a string";
        };
    }

    /** Builds the event from complete, well-typed values; throws {@link IllegalArgumentException} for bad ranges. */
    @SuppressWarnings("unchecked")
    private static AlertEvent event(Map<String, Object> values) {
        AlertKind kind = kind((String) values.get(KEY_KIND), (String) values.get(KEY_PRIORITY));
        Optional<BigInteger> channel = (Optional<BigInteger>) values.get(KEY_CHANNEL);
        Optional<BigInteger> offset = (Optional<BigInteger>) values.get(KEY_OFFSET);
        DetectionSpec detection = DetectionSpec.of((Double) values.get(KEY_THRESHOLD), integer(values,
                KEY_ONSET_WINDOWS), integer(values, KEY_ONSET_OF), integer(values, KEY_OFFSET_WINDOWS),
                (Double) values.get(KEY_MIN_EVENT), (Double) values.get(KEY_REFRACTORY));
        return new AlertEvent((String) values.get(KEY_ID), (String) values.get(KEY_AGENT),
                (String) values.get(KEY_SUBJECT), (Boolean) values.get(KEY_SIMULATED),
                channel.isEmpty() ? OptionalInt.empty() : OptionalInt.of(PayloadChecks.toInt(KEY_CHANNEL,
                        channel.get())), (Optional<String>) values.get(KEY_CHANNEL_LABEL), kind,
                integer(values, KEY_SEIZURE_NUMBER), micros(values, KEY_ONSET),
                offset.isEmpty() ? OptionalLong.empty() : OptionalLong.of(PayloadChecks.toLong(KEY_OFFSET,
                        offset.get())), micros(values, KEY_DECISION), micros(values, KEY_PUBLISHED),
                (Double) values.get(KEY_PEAK), integer(values, KEY_WINDOWS), (String) values.get(KEY_MODEL_ID),
                (String) values.get(KEY_MODEL_SHA256), detection, (String) values.get(KEY_DETAIL));
    }

    private static AlertKind kind(String kindName, String priorityName) {
        AlertKind kind = AlertKind.fromWireName(kindName).orElseThrow(() -> new IllegalArgumentException("kind: "
                + Rejections.printable(kindName) + " (expected: one of "
                + WireNames.all(AlertKind.values(), AlertKind::wireName) + ")"));
        if (!kind.priority().wireName().equals(priorityName)) {
            throw new IllegalArgumentException("priority: " + Rejections.printable(priorityName) + " (expected: \""
                    + kind.priority().wireName() + "\" for kind " + kind.wireName() + ")");
        }
        return kind;
    }

    private static int integer(Map<String, Object> values, String key) {
        return PayloadChecks.toInt(key, (BigInteger) values.get(key));
    }

    private static long micros(Map<String, Object> values, String key) {
        return PayloadChecks.toLong(key, (BigInteger) values.get(key));
    }
}
