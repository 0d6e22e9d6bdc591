package io.seizmon.core.wire;

import static io.seizmon.core.wire.PayloadAssertions.SHA256;
import static io.seizmon.core.wire.PayloadAssertions.assertRejected;
import static io.seizmon.core.wire.PayloadAssertions.decoded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.seizmon.core.detect.DetectionSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class AlertEventCodecTest {

    private static final AlertEvent ONSET = new AlertEvent("edge-01:cage-07:0:1700000002345703:seizure_onset",
            "edge-01", "cage-07", true, OptionalInt.of(0), Optional.of("EEG1"), AlertKind.SEIZURE_ONSET, 3,
            1_700_000_002_345_703L, OptionalLong.empty(), 1_700_000_012_345_703L, 1_700_000_012_361_044L, 0.97, 4,
            "seizmon-mlp-synth-1000hz", SHA256, DetectionSpec.DEFAULTS, "3 of 4 windows >= 0.50");
    private static final String JSON = "{\"v\":1,\"id\":\"edge-01:cage-07:0:1700000002345703:seizure_onset\","
            + "\"agent\":\"edge-01\",\"subject\":\"cage-07\",\"simulated\":true,\"channel\":0,"
            + "\"channel_label\":\"EEG1\","
            + "\"kind\":\"seizure_onset\",\"priority\":\"high\",\"seizure_number\":3,\"onset_us\":1700000002345703,"
            + "\"offset_us\":null,\"decision_us\":1700000012345703,\"published_us\":1700000012361044,"
            + "\"peak_probability\":0.97,\"windows\":4,\"model_id\":\"seizmon-mlp-synth-1000hz\",\"model_sha256\":\""
            + SHA256 + "\",\"threshold\":0.5,\"onset_windows\":3,\"onset_of\":4,\"offset_windows\":3,"
            + "\"min_event_s\":0.0,\"refractory_s\":30.0,\"detail\":\"3 of 4 windows >= 0.50\"}";
    private static final AlertEvent LOST = new AlertEvent("edge-01:cage-07:-:1700000100000000:signal_lost",
            "edge-01", "cage-07", false, OptionalInt.empty(), Optional.empty(), AlertKind.SIGNAL_LOST, 0,
            1_700_000_100_000_000L, OptionalLong.empty(), 1_700_000_100_000_000L, 1_700_000_130_000_000L, 0.0, 0,
            "seizmon-mlp-synth-1000hz", "", DetectionSpec.DEFAULTS, "no frame for 30 s");
    private static final String LOST_JSON = new String(AlertEventCodec.encode(LOST), StandardCharsets.UTF_8);

    @Test
    void encodesTheDocumentedLayout() {
        assertThat(new String(AlertEventCodec.encode(ONSET), StandardCharsets.UTF_8)).isEqualTo(JSON);
    }

    @Test
    void theDocExampleIsTheGoldenPayload() throws IOException {
        assertThat(PayloadAssertions.docExample("Alert payload")).isEqualTo(JSON);
        assertThat(decoded(AlertEventCodec.decode(JSON.getBytes(StandardCharsets.UTF_8)))).isEqualTo(ONSET);
    }

    @Test
    void formsTheDocumentedId() {
        assertThat(AlertEvent.idFor("edge-01", "cage-07", 0, 1_700_000_002_345_703L, AlertKind.SEIZURE_ONSET))
                .isEqualTo(ONSET.id());
        assertThat(AlertEvent.idFor("edge-01", "cage-07", null, 1_700_000_100_000_000L, AlertKind.SIGNAL_LOST))
                .isEqualTo(LOST.id());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AlertEvent.idFor("Edge", "cage-07", 0, 0, AlertKind.OVERLOAD))
                .withMessage("agentId: \"Edge\" (expected: [a-z0-9][a-z0-9._-]{0,63})");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AlertEvent.idFor("edge-01", "cage-07", 1024, 0, AlertKind.POOR_SIGNAL))
                .withMessage("channel: 1024 (expected: 0..1023)");
    }

    @Test
    void writesAndReadsAbsentChannelLabelAndOffsetAsNull() {
        assertThat(LOST_JSON).contains("\"channel\":null,\"channel_label\":null,\"kind\":\"signal_lost\","
                + "\"priority\":\"medium\",\"seizure_number\":0").contains("\"offset_us\":null")
                .contains("\"peak_probability\":0.0").contains("\"model_sha256\":\"\"");
        assertThat(decoded(AlertEventCodec.decode(LOST_JSON.getBytes(StandardCharsets.UTF_8)))).isEqualTo(LOST);
    }

    @Test
    void decodesAgainstItsTopic() {
        StreamTopic topic = Topics.parse(Topics.alerts("cage-07", true)).orElseThrow();
        assertThat(decoded(AlertEventCodec.decode(AlertEventCodec.encode(ONSET), topic))).isEqualTo(ONSET);
    }

    @Test
    void acceptsKeysInAnyOrder() {
        List<String> members = Arrays.asList(JSON.substring(1, JSON.length() - 1).split(","));
        Collections.reverse(members);
        String reversed = "{" + members.stream().filter(m -> m.startsWith("\"v\":")).findFirst().orElseThrow() + ","
                + String.join(",", members.stream().filter(m -> !m.startsWith("\"v\":")).toList()) + "}";
        assertThat(decoded(AlertEventCodec.decode(reversed.getBytes(StandardCharsets.UTF_8)))).isEqualTo(ONSET);
    }

    @Test
    void rejectsEveryMissingKey() {
        for (String key : AlertEventCodec.KEYS) {
            String without = JSON.replaceFirst("\"" + key + "\":(\"[^\"]*\"|[^,}]*),?", "").replace(",}", "}");
            assertRejected(AlertEventCodec::decode, without, RejectReason.MALFORMED_JSON, "\"" + key + "\": missing");
        }
    }

    @Test
    void rejectsUnknownAndDuplicateKeys() {
        assertRejected(AlertEventCodec::decode, JSON.replace("\"windows\"", "\"severity\":1,\"windows\""),
                RejectReason.MALFORMED_JSON, "\"severity\": unknown key");
        assertRejected(AlertEventCodec::decode, JSON.replace("\"windows\":4", "\"windows\":4,\"windows\":4"),
                RejectReason.MALFORMED_JSON, "\"windows\": duplicate key");
    }

    @Test
    void rejectsMistypedValues() {
        assertRejected(AlertEventCodec::decode, JSON.replace("\"channel\":0", "\"channel\":\"0\""),
                RejectReason.MALFORMED_JSON, "\"channel\": VALUE_STRING (expected: an integer or null)");
        assertRejected(AlertEventCodec::decode, JSON.replace("\"offset_us\":null", "\"offset_us\":1.5"),
                RejectReason.MALFORMED_JSON, "(expected: an integer or null)");
        assertRejected(AlertEventCodec::decode, JSON.replace("\"channel_label\":\"EEG1\"", "\"channel_label\":1"),
                RejectReason.MALFORMED_JSON, "(expected: a string or null)");
        assertRejected(AlertEventCodec::decode, JSON.replace("\"simulated\":true", "\"simulated\":\"true\""),
                RejectReason.MALFORMED_JSON, "(expected: true or false)");
        assertRejected(AlertEventCodec::decode, JSON.replace("\"peak_probability\":0.97", "\"peak_probability\":null"),
                RejectReason.MALFORMED_JSON, "\"peak_probability\": VALUE_NULL (expected: a number)");
        assertRejected(AlertEventCodec::decode, JSON.replace("\"windows\":4", "\"windows\":[4]"),
                RejectReason.MALFORMED_JSON, "\"windows\"");
        assertRejected(AlertEventCodec::decode, JSON.replace("\"detail\":\"3 of 4 windows >= 0.50\"",
                "\"detail\":{\"a\":1}"), RejectReason.MALFORMED_JSON, "\"detail\"");
    }

    @Test
    void rejectsUnsupportedVersionBeforeAnythingElse() {
        assertRejected(AlertEventCodec::decode, JSON.replace("\"v\":1", "\"v\":2"), RejectReason.UNSUPPORTED_VERSION,
                "\"v\": 2 (expected: 1)");
        assertRejected(AlertEventCodec::decode, "{\"v\":0,\"severity\":1}", RejectReason.UNSUPPORTED_VERSION,
                "\"v\": 0");
    }

    @Test
    void rejectsIdentityOutOfRange() {
        assertRejected(AlertEventCodec::decode, JSON.replace(ONSET.id(), ""), RejectReason.BAD_HEADER_FIELD,
                "id: \"\" (expected: 1..200 printable ASCII characters)");
        assertRejected(AlertEventCodec::decode, JSON.replace(ONSET.id(), "\u00e9v\u00e9nement"),
                RejectReason.BAD_HEADER_FIELD, "id: \"\\u00E9v\\u00E9nement\"");
        assertRejected(AlertEventCodec::decode, JSON.replace("\"agent\":\"edge-01\"", "\"agent\":\"Edge 01\""),
                RejectReason.BAD_HEADER_FIELD, "agentId: \"Edge 01\"");
        assertRejected(AlertEventCodec::decode, JSON.replace("\"subject\":\"cage-07\"", "\"subject\":\"cage/07\""),
                RejectReason.BAD_SUBJECT_ID, "subject: \"cage/07\"");
    }

    @Test
    void rejectsChannelsOutOfRange() {
        assertRejected(AlertEventCodec::decode, JSON.replace("\"channel\":0", "\"channel\":1024"),
                RejectReason.BAD_HEADER_FIELD, "channel: 1024 (expected: 0..1023)");
        assertRejected(AlertEventCodec::decode, JSON.replace("\"channel\":0", "\"channel\":-1"),
                RejectReason.BAD_HEADER_FIELD, "channel: -1");
        assertRejected(AlertEventCodec::decode, JSON.replace("\"channel\":0", "\"channel\":4294967296"),
                RejectReason.BAD_HEADER_FIELD, "\"channel\": 4294967296");
        assertRejected(AlertEventCodec::decode, JSON.replace("\"channel\":0", "\"channel\":null"),
                RejectReason.BAD_HEADER_FIELD, "channelLabel: \"EEG1\" (expected: empty without a channel)");
        assertRejected(AlertEventCodec::decode, JSON.replace("EEG1", "x".repeat(65)),
                RejectReason.BAD_HEADER_FIELD, "channelLabel:");
        assertRejected(AlertEventCodec::decode, LOST_JSON.replace("\"channel\":null", "\"channel\":2"),
                RejectReason.BAD_HEADER_FIELD, "channel: 2 (expected: empty for kind signal_lost)");
    }

    @Test
    void rejectsUnknownKindAndPriorityNotMatchingTheKind() {
        assertRejected(AlertEventCodec::decode, JSON.replace("\"kind\":\"seizure_onset\"", "\"kind\":\"seizure\""),
                RejectReason.BAD_HEADER_FIELD, "kind: \"seizure\" (expected: one of [seizure_onset,");
        assertRejected(AlertEventCodec::decode, JSON.replace("\"priority\":\"high\"", "\"priority\":\"low\""),
                RejectReason.BAD_HEADER_FIELD, "priority: \"low\" (expected: \"high\" for kind seizure_onset)");
        assertRejected(AlertEventCodec::decode, JSON.replace("\"priority\":\"high\"", "\"priority\":\"HIGH\""),
                RejectReason.BAD_HEADER_FIELD, "priority: \"HIGH\"");
    }

    @Test
    void rejectsSeizureNumbersAndProbabilitiesThatDoNotFitTheKind() {
        assertRejected(AlertEventCodec::decode, JSON.replace("\"seizure_number\":3", "\"seizure_number\":0"),
                RejectReason.BAD_HEADER_FIELD, "seizureNumber: 0 (expected: >= 1 for kind seizure_onset)");
        assertRejected(AlertEventCodec::decode, LOST_JSON.replace("\"seizure_number\":0", "\"seizure_number\":1"),
                RejectReason.BAD_HEADER_FIELD, "seizureNumber: 1 (expected: 0 for kind signal_lost)");
        assertRejected(AlertEventCodec::decode, JSON.replace("0.97", "1.5"), RejectReason.BAD_HEADER_FIELD,
                "peakProbability: 1.5 (expected: 0..1)");
        assertRejected(AlertEventCodec::decode, JSON.replace("0.97", "-1e-9"), RejectReason.BAD_HEADER_FIELD,
                "peakProbability: -1.0E-9");
        assertRejected(AlertEventCodec::decode, LOST_JSON.replace("\"peak_probability\":0.0",
                "\"peak_probability\":0.5"), RejectReason.BAD_HEADER_FIELD,
                "peakProbability: 0.5 (expected: 0 for kind signal_lost)");
        assertRejected(AlertEventCodec::decode, JSON.replace("\"windows\":4", "\"windows\":-1"),
                RejectReason.BAD_HEADER_FIELD, "windows: -1 (expected: >= 0)");
    }

    @Test
    void rejectsOffsetsThatDoNotFitTheKindOrPrecedeTheOnset() {
        assertRejected(AlertEventCodec::decode, JSON.replace("\"offset_us\":null", "\"offset_us\":1700000003000000"),
                RejectReason.BAD_HEADER_FIELD,
                "offsetMicros: 1700000003000000 (expected: empty for kind seizure_onset)");
        String offset = JSON.replace("seizure_onset", "seizure_offset").replace("\"high\"", "\"low\"");
        assertRejected(AlertEventCodec::decode, offset, RejectReason.BAD_HEADER_FIELD,
                "offsetMicros: empty (expected: present for kind seizure_offset)");
        assertRejected(AlertEventCodec::decode, offset.replace("\"offset_us\":null", "\"offset_us\":1700000002345702"),
                RejectReason.BAD_HEADER_FIELD, "offsetMicros: 1700000002345702 (expected: >= onsetMicros");
        assertThat(decoded(AlertEventCodec.decode(offset.replace("\"offset_us\":null",
                "\"offset_us\":1700000002345703").getBytes(StandardCharsets.UTF_8))).offsetMicros())
                .hasValue(1_700_000_002_345_703L);
        assertRejected(AlertEventCodec::decode, JSON.replace("\"decision_us\":1700000012345703",
                "\"decision_us\":9223372036854775808"), RejectReason.BAD_HEADER_FIELD,
                "\"decision_us\": 9223372036854775808");
    }

    @Test
    void rejectsModelAndPolicySettingsOutOfRange() {
        assertRejected(AlertEventCodec::decode, JSON.replace(SHA256, SHA256.toUpperCase()),
                RejectReason.BAD_HEADER_FIELD, "modelSha256: \"" + SHA256.toUpperCase() + "\" (expected: 64 lowercase");
        assertRejected(AlertEventCodec::decode, JSON.replace(SHA256, "9f2c"), RejectReason.BAD_HEADER_FIELD,
                "modelSha256: \"9f2c\"");
        assertRejected(AlertEventCodec::decode, JSON.replace("\"model_id\":\"seizmon-mlp-synth-1000hz\"",
                "\"model_id\":\"\""), RejectReason.BAD_HEADER_FIELD, "modelId: \"\" (expected: 1..128");
        assertRejected(AlertEventCodec::decode, JSON.replace("\"threshold\":0.5", "\"threshold\":0"),
                RejectReason.BAD_HEADER_FIELD, "threshold: 0.0 (expected: > 0 and <= 1)");
        assertRejected(AlertEventCodec::decode, JSON.replace("\"onset_windows\":3", "\"onset_windows\":5"),
                RejectReason.BAD_HEADER_FIELD, "onsetWindows: 5 (expected: 1 to onsetOf 4)");
        assertRejected(AlertEventCodec::decode, JSON.replace("\"refractory_s\":30.0", "\"refractory_s\":-1"),
                RejectReason.BAD_HEADER_FIELD, "refractorySeconds: -1.0");
        assertRejected(AlertEventCodec::decode, JSON.replace("\"min_event_s\":0.0", "\"min_event_s\":1e999"),
                RejectReason.BAD_HEADER_FIELD, "minEventSeconds: Infinity");
        assertRejected(AlertEventCodec::decode, JSON.replace("3 of 4 windows", "3 of 4\\twindows"),
                RejectReason.BAD_HEADER_FIELD, "detail: \"3 of 4\\u0009windows");
        assertRejected(AlertEventCodec::decode, JSON.replace("3 of 4 windows >= 0.50", "x".repeat(513)),
                RejectReason.BAD_HEADER_FIELD, "detail:");
    }

    @Test
    void rejectsEventsFromAnotherTopic() {
        byte[] json = JSON.getBytes(StandardCharsets.UTF_8);
        assertRejected(AlertEventCodec.decode(json, Topics.parse(Topics.alerts("cage-08", true)).orElseThrow()),
                RejectReason.TOPIC_MISMATCH, "subjectId: \"cage-07\" (expected: \"cage-08\" from the topic)");
        assertRejected(AlertEventCodec.decode(json, Topics.parse(Topics.alerts("cage-07", false)).orElseThrow()),
                RejectReason.SIMULATION_MISMATCH, "simulated: true (expected: false from the topic root live)");
    }

    @Test
    void rejectsEmptyGarbageAndTruncatedPayloadsWithoutThrowing() {
        assertRejected(AlertEventCodec::decode, "", RejectReason.MALFORMED_JSON, "root: null");
        assertRejected(AlertEventCodec.decode(new byte[] {(byte) 0xFF, 0x00, 0x13, 0x37}),
                RejectReason.MALFORMED_JSON, "JSON:");
        assertRejected(AlertEventCodec::decode, JSON.substring(0, JSON.length() / 2), RejectReason.MALFORMED_JSON,
                "JSON:");
        assertRejected(AlertEventCodec::decode, JSON + "{}", RejectReason.MALFORMED_JSON, "object: followed");
        assertRejected(AlertEventCodec::decode, "[1]", RejectReason.MALFORMED_JSON, "root: START_ARRAY");
        assertRejected(AlertEventCodec.decode(null), RejectReason.MALFORMED_JSON, "payload: null");
    }

    @Test
    void refusesToBuildInvalidEvents() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AlertEvent(ONSET.id(), "edge-01", "cage-07", true,
                        OptionalInt.of(0), Optional.empty(), AlertKind.SEIZURE_ONSET, 0, 0, OptionalLong.empty(), 0, 0,
                        0.5, 1, "m", "", DetectionSpec.DEFAULTS, ""))
                .withMessage("seizureNumber: 0 (expected: >= 1 for kind seizure_onset)");
        assertThatIllegalArgumentException().isThrownBy(() -> new AlertEvent(ONSET.id(), "edge-01", "cage-07", true,
                        OptionalInt.of(0), Optional.empty(), AlertKind.OVERLOAD, 0, 0, OptionalLong.empty(), 0, 0,
                        0, 1, "m", "", DetectionSpec.DEFAULTS, "12 frames"))
                .withMessage("channel: 0 (expected: empty for kind overload)");
    }

    @Property
    void roundTripsEveryValidEvent(@ForAll("events") AlertEvent event) {
        byte[] json = AlertEventCodec.encode(event);
        StreamTopic topic = Topics.parse(Topics.alerts(event.subjectId(), event.simulated())).orElseThrow();
        assertThat(AlertEventCodec.decode(json, topic)).isEqualTo(new PayloadResult.Decoded<>(event));
    }

    @Property
    void decodeNeverThrowsOnRandomBytes(@ForAll @Size(max = 300) byte[] bytes) {
        assertThat(AlertEventCodec.decode(bytes)).isNotNull();
    }

    @Property
    void everySingleCharacterMutationIsRejectedOrDecodesToAValidEvent(@ForAll("positions") int position,
                                                                       @ForAll("jsonChars") char replacement) {
        StringBuilder mutated = new StringBuilder(JSON);
        mutated.setCharAt(position, replacement);
        PayloadResult<AlertEvent> result = AlertEventCodec.decode(mutated.toString().getBytes(StandardCharsets.UTF_8));
        if (result instanceof PayloadResult.Decoded<AlertEvent> decoded) {
            assertThat(AlertEventCodec.decode(AlertEventCodec.encode(decoded.value()))).isEqualTo(result);
        }
    }

    @Provide
    Arbitrary<AlertEvent> events() {
        return PayloadArbitraries.alertEvents();
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, JSON.length() - 1);
    }

    @Provide
    Arbitrary<Character> jsonChars() {
        return Arbitraries.of('{', '}', '"', ':', ',', '1', '-', '.', 'e', 'n', ' ', '\\', 'x', '[');
    }
}
