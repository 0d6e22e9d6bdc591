package io.seizmon.core.wire;

import static io.seizmon.core.wire.PayloadAssertions.assertRejected;
import static io.seizmon.core.wire.PayloadAssertions.decoded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ScoreUpdateCodecTest {

    private static final ScoreUpdate UPDATE = new ScoreUpdate("edge-01", "cage-07", true, 1_700_000_000_000_000L,
            1_700_000_005_000_000L, new double[] {0.02, Double.NaN}, List.of(ChannelQuality.OK, ChannelQuality.FLAT),
            0.5, "seizmon-mlp-synth-1000hz");
    private static final String JSON = "{\"v\":1,\"agent\":\"edge-01\",\"subject\":\"cage-07\",\"simulated\":true,"
            + "\"window_start_us\":1700000000000000,\"window_end_us\":1700000005000000,\"probabilities\":[0.02,null],"
            + "\"quality\":[\"ok\",\"flat\"],\"threshold\":0.5,\"model_id\":\"seizmon-mlp-synth-1000hz\"}";

    @Test
    void encodesTheDocumentedLayoutWithNaNAsNull() {
        assertThat(new String(ScoreUpdateCodec.encode(UPDATE), StandardCharsets.UTF_8)).isEqualTo(JSON);
    }

    @Test
    void theDocExampleIsTheGoldenPayload() throws IOException {
        assertThat(PayloadAssertions.docExample("Scores payload")).isEqualTo(JSON);
        ScoreUpdate update = decoded(ScoreUpdateCodec.decode(JSON.getBytes(StandardCharsets.UTF_8)));
        assertThat(update).isEqualTo(UPDATE);
        assertThat(update.probability(1)).isNaN();
    }

    @Test
    void decodesAgainstItsTopic() {
        StreamTopic topic = Topics.parse(Topics.scores("cage-07", true)).orElseThrow();
        assertThat(decoded(ScoreUpdateCodec.decode(ScoreUpdateCodec.encode(UPDATE), topic))).isEqualTo(UPDATE);
    }

    @Test
    void copiesTheProbabilitiesInAndOut() {
        double[] probabilities = {0.25};
        ScoreUpdate update = new ScoreUpdate("a", "s", false, 0, 0, probabilities, List.of(ChannelQuality.OK), 1, "m");
        probabilities[0] = 0.75;
        update.probabilities()[0] = 0.75;
        assertThat(update.probability(0)).isEqualTo(0.25);
    }

    @Test
    void rejectsMissingUnknownAndDuplicateKeys() {
        for (String key : ScoreUpdateCodec.KEYS) {
            String without = JSON.replaceFirst("\"" + key + "\":(\"[^\"]*\"|\\[[^]]*]|[^,}]*),?", "")
                    .replace(",}", "}");
            assertRejected(ScoreUpdateCodec::decode, without, RejectReason.MALFORMED_JSON, "\"" + key + "\": missing");
        }
        assertRejected(ScoreUpdateCodec::decode, JSON.replace("\"threshold\"", "\"hop_s\":1,\"threshold\""),
                RejectReason.MALFORMED_JSON, "\"hop_s\": unknown key");
        assertRejected(ScoreUpdateCodec::decode, JSON.replace("\"threshold\":0.5", "\"threshold\":0.5,\"threshold\":1"),
                RejectReason.MALFORMED_JSON, "\"threshold\": duplicate key");
    }

    @Test
    void rejectsMistypedValuesAndArrayElements() {
        assertRejected(ScoreUpdateCodec::decode, JSON.replace("[0.02,null]", "[0.02,\"x\"]"),
                RejectReason.MALFORMED_JSON, "\"probabilities\": START_ARRAY (expected: an array of at most 1024"
                        + " numbers or nulls)");
        assertRejected(ScoreUpdateCodec::decode, JSON.replace("[0.02,null]", "0.02"),
                RejectReason.MALFORMED_JSON, "\"probabilities\": VALUE_NUMBER_FLOAT");
        assertRejected(ScoreUpdateCodec::decode, JSON.replace("[\"ok\",\"flat\"]", "[\"ok\",null]"),
                RejectReason.MALFORMED_JSON, "\"quality\"");
        assertRejected(ScoreUpdateCodec::decode, JSON.replace("\"window_end_us\":1700000005000000",
                "\"window_end_us\":\"1700000005000000\""), RejectReason.MALFORMED_JSON, "(expected: an integer)");
        String tooMany = "[" + String.join(",", Collections.nCopies(1025, "0.5")) + "]";
        assertRejected(ScoreUpdateCodec::decode, JSON.replace("[0.02,null]", tooMany), RejectReason.MALFORMED_JSON,
                "\"probabilities\"");
    }

    @Test
    void rejectsUnsupportedVersion() {
        assertRejected(ScoreUpdateCodec::decode, JSON.replace("\"v\":1", "\"v\":10"), RejectReason.UNSUPPORTED_VERSION,
                "\"v\": 10 (expected: 1)");
    }

    @Test
    void rejectsValuesOutOfRange() {
        assertRejected(ScoreUpdateCodec::decode, JSON.replace("[0.02,null]", "[1.02,null]"),
                RejectReason.BAD_HEADER_FIELD, "probabilities[0]: 1.02 (expected: 0..1 for quality ok)");
        assertRejected(ScoreUpdateCodec::decode, JSON.replace("[0.02,null]", "[0.02,0.91]"),
                RejectReason.BAD_HEADER_FIELD, "probabilities[1]: 0.91 (expected: NaN (null) for quality flat)");
        assertRejected(ScoreUpdateCodec::decode, JSON.replace("[0.02,null]", "[null,null]"),
                RejectReason.BAD_HEADER_FIELD, "probabilities[0]: NaN (expected: 0..1 for quality ok)");
        assertRejected(ScoreUpdateCodec::decode, JSON.replace("[0.02,null]", "[]").replace("[\"ok\",\"flat\"]", "[]"),
                RejectReason.BAD_HEADER_FIELD, "probabilities: 0 entries (expected: 1..1024)");
        assertRejected(ScoreUpdateCodec::decode, JSON.replace("[\"ok\",\"flat\"]", "[\"ok\"]"),
                RejectReason.BAD_HEADER_FIELD, "quality: 1 entries (expected: one per probability = 2)");
        assertRejected(ScoreUpdateCodec::decode, JSON.replace("\"flat\"", "\"noisy\""), RejectReason.BAD_HEADER_FIELD,
                "quality[1]: \"noisy\" (expected: one of [ok, flat, clipping, mains, non_finite, not_scored])");
        assertRejected(ScoreUpdateCodec::decode, JSON.replace("\"window_end_us\":1700000005000000",
                "\"window_end_us\":1699999999999999"), RejectReason.BAD_HEADER_FIELD,
                "windowEndMicros: 1699999999999999 (expected: >= windowStartMicros 1700000000000000)");
        assertRejected(ScoreUpdateCodec::decode, JSON.replace("\"window_start_us\":1700000000000000",
                "\"window_start_us\":-9223372036854775809"), RejectReason.BAD_HEADER_FIELD, "\"window_start_us\":");
        assertRejected(ScoreUpdateCodec::decode, JSON.replace("\"threshold\":0.5", "\"threshold\":1.5"),
                RejectReason.BAD_HEADER_FIELD, "threshold: 1.5 (expected: > 0 and <= 1)");
        assertRejected(ScoreUpdateCodec::decode, JSON.replace("\"model_id\":\"seizmon-mlp-synth-1000hz\"",
                "\"model_id\":\"" + "m".repeat(129) + "\""), RejectReason.BAD_HEADER_FIELD, "modelId:");
        assertRejected(ScoreUpdateCodec::decode, JSON.replace("\"agent\":\"edge-01\"", "\"agent\":\"\""),
                RejectReason.BAD_HEADER_FIELD, "agentId: \"\"");
        assertRejected(ScoreUpdateCodec::decode, JSON.replace("\"subject\":\"cage-07\"", "\"subject\":\"CAGE\""),
                RejectReason.BAD_SUBJECT_ID, "subject: \"CAGE\"");
    }

    @Test
    void rejectsUpdatesFromAnotherTopic() {
        byte[] json = JSON.getBytes(StandardCharsets.UTF_8);
        assertRejected(ScoreUpdateCodec.decode(json, Topics.parse(Topics.scores("cage-70", true)).orElseThrow()),
                RejectReason.TOPIC_MISMATCH, "subjectId: \"cage-07\"");
        assertRejected(ScoreUpdateCodec.decode(json, Topics.parse(Topics.scores("cage-07", false)).orElseThrow()),
                RejectReason.SIMULATION_MISMATCH, "simulated: true");
    }

    @Test
    void rejectsEmptyGarbageAndTruncatedPayloadsWithoutThrowing() {
        assertRejected(ScoreUpdateCodec::decode, "", RejectReason.MALFORMED_JSON, "root: null");
        assertRejected(ScoreUpdateCodec::decode, "SZEG\u0001", RejectReason.MALFORMED_JSON, "JSON:");
        assertRejected(ScoreUpdateCodec::decode, JSON.substring(0, JSON.indexOf("null")), RejectReason.MALFORMED_JSON,
                "JSON:");
        assertRejected(ScoreUpdateCodec.decode(null), RejectReason.MALFORMED_JSON, "payload: null");
    }

    @Test
    void refusesToBuildInvalidUpdates() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ScoreUpdate("edge-01", "s", false, 0, 1,
                        new double[] {0.5}, List.of(ChannelQuality.MAINS), 0.5, "m"))
                .withMessage("probabilities[0]: 0.5 (expected: NaN (null) for quality mains)");
        assertThatIllegalArgumentException().isThrownBy(() -> new ScoreUpdate("edge-01", "s", false, 0, 1,
                        new double[] {Double.POSITIVE_INFINITY}, List.of(ChannelQuality.OK), 0.5, "m"))
                .withMessage("probabilities[0]: Infinity (expected: 0..1 for quality ok)");
    }

    @Property
    void roundTripsEveryValidUpdate(@ForAll("updates") ScoreUpdate update) {
        StreamTopic topic = Topics.parse(Topics.scores(update.subjectId(), update.simulated())).orElseThrow();
        assertThat(ScoreUpdateCodec.decode(ScoreUpdateCodec.encode(update), topic))
                .isEqualTo(new PayloadResult.Decoded<>(update));
    }

    @Property
    void decodeNeverThrowsOnRandomBytes(@ForAll @Size(max = 300) byte[] bytes) {
        assertThat(ScoreUpdateCodec.decode(bytes)).isNotNull();
    }

    @Provide
    Arbitrary<ScoreUpdate> updates() {
        return PayloadArbitraries.scoreUpdates();
    }
}
