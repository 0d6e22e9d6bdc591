package io.seizmon.core.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class TruthEventCodecTest {

    private static final TruthEvent EVENT = new TruthEvent("cage-07", true, 3, 1_700_000_002_345_703L, 1.5,
            "sz_foc_ia", true);
    private static final String JSON = "{\"v\":1,\"subject\":\"cage-07\",\"simulated\":true,\"seq\":3,"
            + "\"onset_us\":1700000002345703,\"duration_s\":1.5,\"label\":\"sz_foc_ia\",\"seizure\":true}";

    @Test
    void encodesDocumentedLayout() {
        assertThat(new String(TruthEventCodec.encode(EVENT), StandardCharsets.UTF_8)).isEqualTo(JSON);
    }

    @Test
    void roundTripsWithTopicContext() {
        assertThat(TruthEventCodec.decode(TruthEventCodec.encode(EVENT), Topics.parse(Topics.truth("cage-07", true))
                .orElseThrow())).isEqualTo(new PayloadResult.Decoded<>(EVENT));
    }

    @Test
    void writesAndReadsAMissingDurationAsNull() {
        TruthEvent event = new TruthEvent("s1", true, 0, -5, Double.NaN, "Recording starts", false);
        byte[] json = TruthEventCodec.encode(event);
        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"duration_s\":null");
        PayloadResult<TruthEvent> result = TruthEventCodec.decode(json);
        assertThat(result).isEqualTo(new PayloadResult.Decoded<>(event));
        assertThat(((PayloadResult.Decoded<TruthEvent>) result).value().hasDuration()).isFalse();
    }

    @Test
    void keepsNonAsciiLabels() {
        TruthEvent event = new TruthEvent("s1", true, 1, 0, 0.0, "\u6ce8\u91ca", false);
        assertThat(TruthEventCodec.decode(TruthEventCodec.encode(event)))
                .isEqualTo(new PayloadResult.Decoded<>(event));
    }

    @Test
    void acceptsKeysInAnyOrder() {
        String reordered = "{\"v\":1,\"seizure\":true,\"label\":\"sz_foc_ia\",\"duration_s\":1.5,"
                + "\"onset_us\":1700000002345703,\"seq\":3,\"simulated\":true,\"subject\":\"cage-07\"}";
        assertThat(TruthEventCodec.decode(reordered.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new PayloadResult.Decoded<>(EVENT));
    }

    @Test
    void rejectsUnknownMissingAndDuplicateKeys() {
        assertRejected(JSON.replace("\"label\"", "\"x\":1,\"label\""), RejectReason.MALFORMED_JSON,
                "\"x\": unknown key");
        assertRejected(JSON.replace(",\"seizure\":true", ""), RejectReason.MALFORMED_JSON, "\"seizure\": missing");
        assertRejected(JSON.replace("\"seq\":3", "\"seq\":3,\"seq\":4"), RejectReason.MALFORMED_JSON,
                "\"seq\": duplicate key");
    }

    @Test
    void rejectsMistypedValues() {
        assertRejected(JSON.replace("\"seq\":3", "\"seq\":3.5"), RejectReason.MALFORMED_JSON,
                "\"seq\": VALUE_NUMBER_FLOAT (expected: an integer)");
        assertRejected(JSON.replace("\"duration_s\":1.5", "\"duration_s\":\"1.5\""), RejectReason.MALFORMED_JSON,
                "(expected: a number or null)");
        assertRejected(JSON.replace("\"seizure\":true", "\"seizure\":1"), RejectReason.MALFORMED_JSON,
                "(expected: true or false)");
    }

    @Test
    void rejectsUnsupportedVersion() {
        assertRejected(JSON.replace("\"v\":1", "\"v\":2"), RejectReason.UNSUPPORTED_VERSION, "\"v\": 2 (expected: 1)");
    }

    @Test
    void rejectsValuesOutOfRange() {
        assertRejected(JSON.replace("\"seq\":3", "\"seq\":-1"), RejectReason.BAD_HEADER_FIELD, "\"seq\": -1");
        assertRejected(JSON.replace("\"seq\":3", "\"seq\":9223372036854775808"), RejectReason.BAD_HEADER_FIELD,
                "\"seq\": 9223372036854775808");
        assertRejected(JSON.replace("1700000002345703", "9223372036854775808"), RejectReason.BAD_HEADER_FIELD,
                "\"onset_us\": 9223372036854775808");
        assertRejected(JSON.replace("\"duration_s\":1.5", "\"duration_s\":-0.5"), RejectReason.BAD_HEADER_FIELD,
                "durationSeconds: -0.5");
        assertRejected(JSON.replace("\"duration_s\":1.5", "\"duration_s\":1e999"), RejectReason.BAD_HEADER_FIELD,
                "durationSeconds: Infinity");
        assertRejected(JSON.replace("sz_foc_ia", "a\\nb"), RejectReason.BAD_HEADER_FIELD,
                "label: \"a\\u000Ab\" (expected: 0..256 characters, no control characters)");
        assertRejected(JSON.replace("sz_foc_ia", "x".repeat(257)), RejectReason.BAD_HEADER_FIELD, "label:");
    }

    @Test
    void rejectsBadSubjectAndTopicMismatch() {
        assertRejected(JSON.replace("cage-07", "Cage 07"), RejectReason.BAD_SUBJECT_ID, "subject: \"Cage 07\"");
        byte[] json = JSON.getBytes(StandardCharsets.UTF_8);
        assertThat(((PayloadResult.Rejected<TruthEvent>) TruthEventCodec.decode(json, "cage-08", true)).reason())
                .isEqualTo(RejectReason.TOPIC_MISMATCH);
        assertThat(((PayloadResult.Rejected<TruthEvent>) TruthEventCodec.decode(json, "cage-07", false)).reason())
                .isEqualTo(RejectReason.SIMULATION_MISMATCH);
    }

    @Test
    void rejectsMalformedJsonWithoutThrowing() {
        assertRejected(JSON.substring(0, 40), RejectReason.MALFORMED_JSON, "JSON:");
        assertRejected("", RejectReason.MALFORMED_JSON, "root: null");
        assertRejected(JSON + "{}", RejectReason.MALFORMED_JSON, "object: followed");
        assertThat(TruthEventCodec.decode(null)).isInstanceOf(PayloadResult.Rejected.class);
    }

    @Test
    void refusesToBuildInvalidEvents() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TruthEvent("s1", true, -1, 0, 1.0, "sz", true))
                .withMessage("sequence: -1 (expected: >= 0)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TruthEvent("s1", true, 0, 0, Double.POSITIVE_INFINITY, "sz", true))
                .withMessage("durationSeconds: Infinity (expected: finite and >= 0, or NaN when unknown)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TruthEvent("S1", true, 0, 0, 1.0, "sz", true))
                .withMessageStartingWith("subjectId: \"S1\"");
    }

    @Property
    void decodeNeverThrowsOnRandomBytes(@ForAll @Size(max = 200) byte[] bytes) {
        assertThat(TruthEventCodec.decode(bytes)).isNotNull();
    }

    @Property
    void everySingleCharacterMutationIsRejectedOrDecodesToAValidEvent(@ForAll("positions") int position,
                                                                       @ForAll("jsonChars") char replacement) {
        StringBuilder mutated = new StringBuilder(JSON);
        mutated.setCharAt(position % JSON.length(), replacement);
        PayloadResult<TruthEvent> result = TruthEventCodec.decode(mutated.toString().getBytes(StandardCharsets.UTF_8));
        if (result instanceof PayloadResult.Decoded<TruthEvent> decoded) {
            assertThat(TruthEventCodec.decode(TruthEventCodec.encode(decoded.value()))).isEqualTo(result);
        }
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, JSON.length() - 1);
    }

    @Provide
    Arbitrary<Character> jsonChars() {
        return Arbitraries.of('{', '}', '"', ':', ',', '1', '-', '.', 'e', 'n', ' ', '\\', 'x');
    }

    private static void assertRejected(String json, RejectReason reason, String detailPart) {
        PayloadResult<TruthEvent> result = TruthEventCodec.decode(json.getBytes(StandardCharsets.UTF_8));
        assertThat(result).isInstanceOf(PayloadResult.Rejected.class);
        PayloadResult.Rejected<TruthEvent> rejected = (PayloadResult.Rejected<TruthEvent>) result;
        assertThat(rejected.reason()).as("reason of %s", rejected).isEqualTo(reason);
        assertThat(rejected.detail()).contains(detailPart);
    }
}
