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
 * JSON form of an {@link AgentStatus} (v1), retained on {@code seizmon/v1/agents/<agentId>/status}; documented in
 * {@code docs/topics.md} ("Agent status payload"):
 *
 * <pre>{@code
 * {"v":1,"agent":"edge-01","state":"online","since_us":1700000000000000,"model_id":"seizmon-mlp-synth-1000hz",
 *  "model_sha256":"9f2c...","subjects":["cage-07","cage-08"],"simulated_subjects":["cage-08"],"version":"0.1.0"}
 * }</pre>
 *
 * <p>Every key is required exactly once, unknown keys are rejected, and {@code "v"} must be 1. Decoders never throw
 * on any input: {@link RejectReason#MALFORMED_JSON} for syntax (also the empty payload that clears the retained
 * status), missing, duplicate, unknown or mistyped keys (also more than {@value AgentStatus#MAX_SUBJECTS} subjects);
 * {@link RejectReason#UNSUPPORTED_VERSION}; {@link RejectReason#TOPIC_MISMATCH} when the agent differs from the
 * topic's; {@link RejectReason#BAD_HEADER_FIELD} for a value out of the ranges of {@link AgentStatus} (including an
 * invalid agent or subject id) or an unknown state. Thread-safe: stateless.
 */
public final class AgentStatusCodec {

    private static final String KEY_VERSION = "v";
    private static final String KEY_AGENT = "agent";
    private static final String KEY_STATE = "state";
    private static final String KEY_SINCE = "since_us";
    private static final String KEY_MODEL_ID = "model_id";
    private static final String KEY_MODEL_SHA256 = "model_sha256";
    private static final String KEY_SUBJECTS = "subjects";
    private static final String KEY_SIMULATED_SUBJECTS = "simulated_subjects";
    private static final String KEY_SOFTWARE_VERSION = "version";
    /** Every key, in the order the encoder writes them. */
    public static final List<String> KEYS = List.of(KEY_VERSION, KEY_AGENT, KEY_STATE, KEY_SINCE, KEY_MODEL_ID,
            KEY_MODEL_SHA256, KEY_SUBJECTS, KEY_SIMULATED_SUBJECTS, KEY_SOFTWARE_VERSION);

    private AgentStatusCodec() {
    }

    /** Encodes {@code status} as one UTF-8 JSON object, keys in the documented order. */
    public static byte[] encode(AgentStatus status) {
        Objects.requireNonNull(status, "status");
        return JsonFlatObject.write(256 + 24 * status.subjectIds().size(), json -> {
            json.writeStringField(KEY_AGENT, status.agentId());
            json.writeStringField(KEY_STATE, status.state().wireName());
            json.writeNumberField(KEY_SINCE, status.sinceMicros());
            json.writeStringField(KEY_MODEL_ID, status.modelId());
            json.writeStringField(KEY_MODEL_SHA256, status.modelSha256());
            JsonFlatObject.writeStrings(json, KEY_SUBJECTS, status.subjectIds());
            JsonFlatObject.writeStrings(json, KEY_SIMULATED_SUBJECTS, status.simulatedSubjectIds());
            json.writeStringField(KEY_SOFTWARE_VERSION, status.version());
        });
    }

    /** Decodes a status without topic context. Never throws. */
    public static PayloadResult<AgentStatus> decode(byte[] json) {
        return read(json, null);
    }

    /**
     * Decodes a status that arrived on the status topic of {@code expectedAgentId} (see
     * {@link Topics#parseAgentStatus}); a status of another agent is {@link RejectReason#TOPIC_MISMATCH}.
     */
    public static PayloadResult<AgentStatus> decode(byte[] json, String expectedAgentId) {
        return read(json, Objects.requireNonNull(expectedAgentId, "expectedAgentId"));
    }

    private static PayloadResult<AgentStatus> read(byte[] json, String expectedAgentId) {
        Map<String, Object> values = new HashMap<>();
        PayloadResult<AgentStatus> rejected = PayloadChecks.readComplete(json, KEYS, AgentStatusCodec::value,
                AgentStatusCodec::expectedType, values);
        if (rejected != null) {
            return rejected;
        }
        String agentId = (String) values.get(KEY_AGENT);
        if (expectedAgentId != null && !expectedAgentId.equals(agentId)) {
            return new PayloadResult.Rejected<>(RejectReason.TOPIC_MISMATCH, "agent: " + Rejections.printable(agentId)
                    + " (expected: \"" + expectedAgentId + "\" from the topic)");
        }
        return PayloadChecks.build(() -> status(values));
    }

    /** Returns the value of {@code key}, or null when the token has the wrong type. */
    private static Object value(JsonParser parser, String key, JsonToken token) throws IOException {
        return switch (key) {
            case KEY_VERSION, KEY_SINCE -> token == JsonToken.VALUE_NUMBER_INT ? parser.getBigIntegerValue() : null;
            case KEY_SUBJECTS, KEY_SIMULATED_SUBJECTS -> token == JsonToken.START_ARRAY
                    ? JsonFlatObject.readStrings(parser, AgentStatus.MAX_SUBJECTS) : null;
            default -> token == JsonToken.VALUE_STRING ? parser.getText() : null;
        };
    }

    private static String expectedType(String key) {
        return switch (key) {
            case KEY_VERSION, KEY_SINCE -> "an integer";
            case KEY_SUBJECTS, KEY_SIMULATED_SUBJECTS -> "an array of at most " + AgentStatus.MAX_SUBJECTS
                    + " strings";
            default -> "a string";
        };
    }

    /** Builds the status from complete, well-typed values; throws {@link IllegalArgumentException} for bad ranges. */
    @SuppressWarnings("unchecked")
    private static AgentStatus status(Map<String, Object> values) {
        String stateName = (String) values.get(KEY_STATE);
        AgentState state = AgentState.fromWireName(stateName).orElseThrow(() -> new IllegalArgumentException(
                "state: " + Rejections.printable(stateName) + " (expected: one of "
                        + WireNames.all(AgentState.values(), AgentState::wireName) + ")"));
        return new AgentStatus((String) values.get(KEY_AGENT), state,
                PayloadChecks.toLong(KEY_SINCE, (BigInteger) values.get(KEY_SINCE)),
                (String) values.get(KEY_MODEL_ID), (String) values.get(KEY_MODEL_SHA256),
                (List<String>) values.get(KEY_SUBJECTS), (List<String>) values.get(KEY_SIMULATED_SUBJECTS),
                (String) values.get(KEY_SOFTWARE_VERSION));
    }
}
