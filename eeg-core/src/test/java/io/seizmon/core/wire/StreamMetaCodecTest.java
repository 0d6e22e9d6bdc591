package io.seizmon.core.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamMetaCodecTest {

    private static final StreamMeta META = new StreamMeta("cage-07", false, List.of("Fp1", "Fp2"),
            List.of("uV", "uV"), 250.0, "OpenBCI Cyton, serial 1234");
    private static final String JSON = "{\"v\":1,\"subject\":\"cage-07\",\"simulated\":false,\"rate_hz\":250.0,"
            + "\"labels\":[\"Fp1\",\"Fp2\"],\"units\":[\"uV\",\"uV\"],\"source\":\"OpenBCI Cyton, serial 1234\"}";

    @Test
    void encodesDocumentedLayout() {
        assertThat(new String(StreamMetaCodec.encode(META), StandardCharsets.UTF_8)).isEqualTo(JSON);
    }

    @Test
    void roundTrips() {
        assertThat(StreamMetaCodec.decode(StreamMetaCodec.encode(META), "cage-07", false))
                .isEqualTo(new PayloadResult.Decoded<>(META));
    }

    @Test
    void rejectsUnknownKey() {
        assertRejected(JSON.replace("\"source\"", "\"x\":1,\"source\""), RejectReason.MALFORMED_JSON,
                "\"x\": unknown key");
    }

    @Test
    void rejectsMissingKey() {
        assertRejected(JSON.replace(",\"source\":\"OpenBCI Cyton, serial 1234\"", ""), RejectReason.MALFORMED_JSON,
                "\"source\": missing");
    }

    @Test
    void rejectsUnsupportedVersion() {
        assertRejected(JSON.replace("\"v\":1", "\"v\":2"), RejectReason.UNSUPPORTED_VERSION, "\"v\": 2 (expected: 1)");
    }

    @Test
    void rejectsUnitsThatDoNotMatchLabels() {
        assertRejected(JSON.replace("[\"uV\",\"uV\"]", "[\"uV\"]"), RejectReason.BAD_HEADER_FIELD,
                "units: 1 entries (expected: one per channel = 2)");
    }

    @Test
    void rejectsEmptyLabel() {
        assertRejected(JSON.replace("\"Fp2\"", "\"\""), RejectReason.BAD_HEADER_FIELD, "channelLabels[1]: \"\"");
    }

    @Test
    void rejectsBadSubjectId() {
        assertRejected(JSON.replace("cage-07", "Cage 07"), RejectReason.BAD_SUBJECT_ID, "subject: \"Cage 07\"");
    }

    @Test
    void rejectsMetaOfAnotherSubjectOrRoot() {
        byte[] json = JSON.getBytes(StandardCharsets.UTF_8);
        assertThat(((PayloadResult.Rejected<StreamMeta>) StreamMetaCodec.decode(json, "cage-08", false)).reason())
                .isEqualTo(RejectReason.TOPIC_MISMATCH);
        assertThat(((PayloadResult.Rejected<StreamMeta>) StreamMetaCodec.decode(json, "cage-07", true)).reason())
                .isEqualTo(RejectReason.SIMULATION_MISMATCH);
    }

    @Test
    void rejectsMalformedJsonWithoutThrowing() {
        assertRejected(JSON.substring(0, 30), RejectReason.MALFORMED_JSON, "JSON:");
        assertRejected("", RejectReason.MALFORMED_JSON, "root: null");
        assertThat(StreamMetaCodec.decode(null)).isInstanceOf(PayloadResult.Rejected.class);
    }

    @Test
    void refusesToBuildMetaWithControlCharacterInSource() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new StreamMeta("s1", true, List.of("a"), List.of("uV"), 250.0, "x\ny"))
                .withMessage("source: \"x\\u000Ay\" (expected: 0..256 characters, no control characters)");
    }

    private static void assertRejected(String json, RejectReason reason, String detailPart) {
        PayloadResult<StreamMeta> result = StreamMetaCodec.decode(json.getBytes(StandardCharsets.UTF_8));
        assertThat(result).isInstanceOf(PayloadResult.Rejected.class);
        PayloadResult.Rejected<StreamMeta> rejected = (PayloadResult.Rejected<StreamMeta>) result;
        assertThat(rejected.reason()).as("reason of %s", rejected).isEqualTo(reason);
        assertThat(rejected.detail()).contains(detailPart);
    }
}
