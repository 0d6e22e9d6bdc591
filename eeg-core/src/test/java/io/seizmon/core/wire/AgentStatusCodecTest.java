package io.seizmon.core.wire;

import static io.seizmon.core.wire.PayloadAssertions.SHA256;
import static io.seizmon.core.wire.PayloadAssertions.assertRejected;
import static io.seizmon.core.wire.PayloadAssertions.decoded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class AgentStatusCodecTest {

    private static final AgentStatus ONLINE = new AgentStatus("edge-01", AgentState.ONLINE, 1_700_000_000_000_000L,
            "seizmon-mlp-synth-1000hz", SHA256, List.of("cage-07", "cage-08"), List.of("cage-08"), "0.1.0");
    private static final String JSON = "{\"v\":1,\"agent\":\"edge-01\",\"state\":\"online\","
            + "\"since_us\":1700000000000000,\"model_id\":\"seizmon-mlp-synth-1000hz\",\"model_sha256\":\"" + SHA256
            + "\",\"subjects\":[\"cage-07\",\"cage-08\"],\"simulated_subjects\":[\"cage-08\"],\"version\":\"0.1.0\"}";

    @Test
    void encodesTheDocumentedLayout() {
        assertThat(new String(AgentStatusCodec.encode(ONLINE), StandardCharsets.UTF_8)).isEqualTo(JSON);
    }

    @Test
    void theDocExampleIsTheGoldenPayload() throws IOException {
        assertThat(PayloadAssertions.docExample("Agent status payload")).isEqualTo(JSON);
        AgentStatus status = decoded(AgentStatusCodec.decode(JSON.getBytes(StandardCharsets.UTF_8), "edge-01"));
        assertThat(status).isEqualTo(ONLINE);
        assertThat(status.simulated("cage-08")).isTrue();
        assertThat(status.simulated("cage-07")).isFalse();
    }

    @Test
    void roundTripsALastWillWithoutSubjects() {
        AgentStatus will = new AgentStatus("edge-01", AgentState.OFFLINE, 5, "m", "", List.of(), List.of(), "0.1.0");
        String json = new String(AgentStatusCodec.encode(will), StandardCharsets.UTF_8);
        assertThat(json).contains("\"state\":\"offline\"").contains("\"subjects\":[],\"simulated_subjects\":[]");
        assertThat(decoded(AgentStatusCodec.decode(json.getBytes(StandardCharsets.UTF_8)))).isEqualTo(will);
    }

    @Test
    void rejectsMissingUnknownAndDuplicateKeys() {
        for (String key : AgentStatusCodec.KEYS) {
            String without = JSON.replaceFirst("\"" + key + "\":(\"[^\"]*\"|\\[[^]]*]|[^,}]*),?", "")
                    .replace(",}", "}");
            assertRejected(AgentStatusCodec::decode, without, RejectReason.MALFORMED_JSON, "\"" + key + "\": missing");
        }
        assertRejected(AgentStatusCodec::decode, JSON.replace("\"version\"", "\"host\":\"pi\",\"version\""),
                RejectReason.MALFORMED_JSON, "\"host\": unknown key");
        assertRejected(AgentStatusCodec::decode, JSON.replace("\"state\":\"online\"",
                "\"state\":\"online\",\"state\":\"offline\""), RejectReason.MALFORMED_JSON, "\"state\": duplicate key");
    }

    @Test
    void rejectsMistypedValues() {
        assertRejected(AgentStatusCodec::decode, JSON.replace("[\"cage-08\"]", "\"cage-08\""),
                RejectReason.MALFORMED_JSON, "\"simulated_subjects\": VALUE_STRING (expected: an array of at most 4096"
                        + " strings)");
        assertRejected(AgentStatusCodec::decode, JSON.replace("\"since_us\":1700000000000000", "\"since_us\":1.7e15"),
                RejectReason.MALFORMED_JSON, "\"since_us\": VALUE_NUMBER_FLOAT (expected: an integer)");
        assertRejected(AgentStatusCodec::decode, JSON.replace("\"state\":\"online\"", "\"state\":true"),
                RejectReason.MALFORMED_JSON, "\"state\": VALUE_TRUE (expected: a string)");
    }

    @Test
    void rejectsUnsupportedVersion() {
        assertRejected(AgentStatusCodec::decode, JSON.replace("\"v\":1", "\"v\":-1"), RejectReason.UNSUPPORTED_VERSION,
                "\"v\": -1 (expected: 1)");
    }

    @Test
    void rejectsValuesOutOfRange() {
        assertRejected(AgentStatusCodec::decode, JSON.replace("\"online\"", "\"asleep\""),
                RejectReason.BAD_HEADER_FIELD, "state: \"asleep\" (expected: one of [online, offline])");
        assertRejected(AgentStatusCodec::decode, JSON.replace("\"agent\":\"edge-01\"", "\"agent\":\"edge/01\""),
                RejectReason.BAD_HEADER_FIELD, "agentId: \"edge/01\"");
        assertRejected(AgentStatusCodec::decode, JSON.replace("[\"cage-07\",", "[\"Cage-07\","),
                RejectReason.BAD_HEADER_FIELD, "subjectIds[0]: \"Cage-07\" (expected: [a-z0-9][a-z0-9._-]{0,63})");
        assertRejected(AgentStatusCodec::decode, JSON.replace("[\"cage-07\",", "[\"cage-08\","),
                RejectReason.BAD_HEADER_FIELD, "subjectIds[1]: \"cage-08\" (expected: listed once)");
        assertRejected(AgentStatusCodec::decode, JSON.replace("[\"cage-08\"]", "[\"cage-09\"]"),
                RejectReason.BAD_HEADER_FIELD, "simulatedSubjectIds[0]: \"cage-09\" (expected: one of subjectIds");
        assertRejected(AgentStatusCodec::decode, JSON.replace("[\"cage-08\"]", "[\"cage-08\",\"cage-08\"]"),
                RejectReason.BAD_HEADER_FIELD, "simulatedSubjectIds[1]: \"cage-08\"");
        assertRejected(AgentStatusCodec::decode, JSON.replace("\"0.1.0\"", "\"\""), RejectReason.BAD_HEADER_FIELD,
                "version: \"\" (expected: 1..64 printable ASCII characters)");
        assertRejected(AgentStatusCodec::decode, JSON.replace(SHA256, SHA256.substring(1) + "g"),
                RejectReason.BAD_HEADER_FIELD, "modelSha256:");
        assertRejected(AgentStatusCodec::decode, JSON.replace("\"since_us\":1700000000000000",
                "\"since_us\":99999999999999999999"), RejectReason.BAD_HEADER_FIELD,
                "\"since_us\": 99999999999999999999");
        String tooMany = IntStream.range(0, 4097).mapToObj(i -> "\"s" + i + "\"").reduce((a, b) -> a + "," + b)
                .orElseThrow();
        assertRejected(AgentStatusCodec::decode, JSON.replace("[\"cage-07\",\"cage-08\"]", "[" + tooMany + "]"),
                RejectReason.MALFORMED_JSON, "\"subjects\"");
    }

    @Test
    void rejectsAStatusOfAnotherAgent() {
        assertRejected(AgentStatusCodec.decode(JSON.getBytes(StandardCharsets.UTF_8), "edge-02"),
                RejectReason.TOPIC_MISMATCH, "agent: \"edge-01\" (expected: \"edge-02\" from the topic)");
        String topic = Topics.agentStatus("edge-01");
        assertThat(decoded(AgentStatusCodec.decode(JSON.getBytes(StandardCharsets.UTF_8),
                Topics.parseAgentStatus(topic).orElseThrow()))).isEqualTo(ONLINE);
    }

    @Test
    void rejectsTheEmptyRetainedPayloadGarbageAndTruncatedJsonWithoutThrowing() {
        assertRejected(AgentStatusCodec.decode(new byte[0], "edge-01"), RejectReason.MALFORMED_JSON, "root: null");
        assertRejected(AgentStatusCodec::decode, "online", RejectReason.MALFORMED_JSON, "JSON:");
        assertRejected(AgentStatusCodec::decode, JSON.substring(0, JSON.length() - 1), RejectReason.MALFORMED_JSON,
                "JSON:");
        assertRejected(AgentStatusCodec.decode(null), RejectReason.MALFORMED_JSON, "payload: null");
    }

    @Test
    void refusesToBuildInvalidStatuses() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AgentStatus("edge-01", AgentState.ONLINE, 0, "m",
                        "", List.of("a"), List.of("b"), "1"))
                .withMessage("simulatedSubjectIds[0]: \"b\" (expected: one of subjectIds, listed once)");
    }

    @Property
    void roundTripsEveryValidStatus(@ForAll("statuses") AgentStatus status) {
        assertThat(AgentStatusCodec.decode(AgentStatusCodec.encode(status), status.agentId()))
                .isEqualTo(new PayloadResult.Decoded<>(status));
    }

    @Property
    void decodeNeverThrowsOnRandomBytes(@ForAll @Size(max = 300) byte[] bytes) {
        assertThat(AgentStatusCodec.decode(bytes, "edge-01")).isNotNull();
    }

    @Provide
    Arbitrary<AgentStatus> statuses() {
        return PayloadArbitraries.agentStatuses();
    }
}
