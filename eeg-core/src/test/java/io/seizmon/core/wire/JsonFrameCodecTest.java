package io.seizmon.core.wire;

import static io.seizmon.core.wire.FrameCodecRejectTest.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The JSON frame form: round trips, equivalence with binary float32, and one test per rejection. */
class JsonFrameCodecTest {

    private static final String VALID = WireVectors.text("float32-2ch.json").strip();

    @Test
    void roundTripsToTheSameFrameAsBinaryFloat32() {
        EegFrame frame = new EegFrame("x", true, -1L, Long.MIN_VALUE, 333.25, 3, 2,
                new float[] {-0.0f, Float.MIN_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, 1e-30f, 0.1f});
        PayloadResult<EegFrame> fromJson = JsonFrameCodec.decode(JsonFrameCodec.encode(frame));
        assertThat(fromJson).isEqualTo(new PayloadResult.Decoded<>(frame))
                .isEqualTo(FrameCodec.decode(FrameCodec.encodeFloat32(frame)));
    }

    @Test
    void acceptsKeysInAnyOrder() {
        String reordered = "{\"samples\":[[1.5,-2.25],[0.0,100.0],[-0.5,12.125]],\"channels\":2,\"rate_hz\":250,"
                + "\"t0_us\":1700000000000000,\"seq\":42,\"simulated\":false,\"subject\":\"cage-07\",\"v\":1}";
        assertThat(JsonFrameCodec.decode(reordered)).isEqualTo(new PayloadResult.Decoded<>(WireVectors.FLOAT32_FRAME));
    }

    @Test
    void rejectsSyntaxError() {
        assertRejected(JsonFrameCodec.decode(VALID.substring(0, VALID.length() - 1)), RejectReason.MALFORMED_JSON,
                "JSON: Unexpected end-of-input");
    }

    @Test
    void rejectsUnknownKey() {
        assertRejected(JsonFrameCodec.decode(VALID.replace("\"channels\"", "\"extra\":0,\"channels\"")),
                RejectReason.MALFORMED_JSON, "\"extra\": unknown key");
    }

    @Test
    void rejectsMissingKey() {
        assertRejected(JsonFrameCodec.decode(VALID.replace("\"seq\":42,", "")), RejectReason.MALFORMED_JSON,
                "\"seq\": missing");
    }

    @Test
    void rejectsDuplicateKey() {
        assertRejected(JsonFrameCodec.decode(VALID.replace("\"seq\":42,", "\"seq\":42,\"seq\":43,")),
                RejectReason.MALFORMED_JSON, "\"seq\": duplicate key");
    }

    @Test
    void rejectsMistypedValue() {
        assertRejected(JsonFrameCodec.decode(VALID.replace("\"seq\":42", "\"seq\":\"42\"")),
                RejectReason.MALFORMED_JSON, "\"seq\": VALUE_STRING (expected: an integer)");
    }

    @Test
    void rejectsRowsOfUnequalLength() {
        assertRejected(JsonFrameCodec.decode(VALID.replace("[0.0,100.0]", "[0.0]")), RejectReason.MALFORMED_JSON,
                "samples[1]: 1 values (expected: 2 as in samples[0])");
    }

    @Test
    void rejectsTrailingContent() {
        assertRejected(JsonFrameCodec.decode(VALID + " {}"), RejectReason.MALFORMED_JSON, "trailing content");
    }

    @Test
    void rejectsNaNLiteralAsMalformed() {
        assertRejected(JsonFrameCodec.decode(VALID.replace("100.0", "NaN")), RejectReason.MALFORMED_JSON, "NaN");
    }

    @Test
    void rejectsUnsupportedVersion() {
        assertRejected(JsonFrameCodec.decode(VALID.replace("\"v\":1", "\"v\":4294967297")),
                RejectReason.UNSUPPORTED_VERSION, "\"v\": 4294967297 (expected: 1)");
    }

    @Test
    void rejectsChannelCountThatDiffersFromRows() {
        assertRejected(JsonFrameCodec.decode(VALID.replace("\"channels\":2", "\"channels\":3")),
                RejectReason.BAD_HEADER_FIELD, "samples[0]: 2 values (expected: channels = 3)");
    }

    @Test
    void rejectsNegativeSequence() {
        assertRejected(JsonFrameCodec.decode(VALID.replace("\"seq\":42", "\"seq\":-1")),
                RejectReason.BAD_HEADER_FIELD, "\"seq\": -1 (expected: 0..18446744073709551615)");
    }

    @Test
    void rejectsSampleRateOutOfRange() {
        assertRejected(JsonFrameCodec.decode(VALID.replace("250.0", "1e400")), RejectReason.BAD_HEADER_FIELD,
                "sampleRateHz: Infinity");
    }

    @Test
    void rejectsEmptySamples() {
        assertRejected(JsonFrameCodec.decode(VALID.replaceAll("\"samples\":.*]]", "\"samples\":[]")),
                RejectReason.BAD_HEADER_FIELD, "samplesPerChannel: 0");
    }

    @Test
    void rejectsBadSubjectId() {
        assertRejected(JsonFrameCodec.decode(VALID.replace("cage-07", "cage/07")), RejectReason.BAD_SUBJECT_ID,
                "subject: \"cage/07\"");
    }

    @Test
    void rejectsFrameWhoseSubjectIsNotTheTopics() {
        assertRejected(JsonFrameCodec.decode(bytes(VALID), "cage-08", false), RejectReason.TOPIC_MISMATCH,
                "expected: \"cage-08\" from the topic");
    }

    @Test
    void rejectsLiveFrameOnSimulatedTopic() {
        assertRejected(JsonFrameCodec.decode(bytes(VALID), "cage-07", true), RejectReason.SIMULATION_MISMATCH,
                "simulated: false (expected: true");
    }

    @Test
    void rejectsSampleThatOverflowsFloat32() {
        assertRejected(JsonFrameCodec.decode(VALID.replace("100.0", "1e39")), RejectReason.NON_FINITE_SAMPLE,
                "samples[1][1]: Infinity (expected: finite in float32)");
    }

    @Test
    void rejectsNullAndNonObjectPayloads() {
        assertRejected(JsonFrameCodec.decode((byte[]) null), RejectReason.MALFORMED_JSON, "payload: null");
        assertRejected(JsonFrameCodec.decode("[1]"), RejectReason.MALFORMED_JSON, "root: START_ARRAY");
        assertRejected(JsonFrameCodec.decode(""), RejectReason.MALFORMED_JSON, "root: null");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
