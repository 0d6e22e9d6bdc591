package io.seizmon.core.wire;

import static io.seizmon.core.wire.PayloadAssertions.assertRejected;
import static io.seizmon.core.wire.PayloadAssertions.decoded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ResyncRequestCodecTest {

    private static final ResyncRequest REQUEST = new ResyncRequest("dashboard-3f2a", 1_700_000_000_000_000L);
    private static final String JSON = "{\"v\":1,\"requester\":\"dashboard-3f2a\",\"since_us\":1700000000000000}";

    @Test
    void encodesTheDocumentedLayout() {
        assertThat(new String(ResyncRequestCodec.encode(REQUEST), StandardCharsets.UTF_8)).isEqualTo(JSON);
    }

    @Test
    void theDocExampleIsTheGoldenPayload() throws IOException {
        assertThat(PayloadAssertions.docExample("Resync request payload")).isEqualTo(JSON);
        assertThat(decoded(ResyncRequestCodec.decode(JSON.getBytes(StandardCharsets.UTF_8)))).isEqualTo(REQUEST);
    }

    @Test
    void topicIsVersionedQosOneNotRetained() {
        assertThat(Topics.resync()).isEqualTo("seizmon/v1/resync");
        assertThat(Topics.RESYNC_QOS).isEqualTo(1);
        assertThat(Topics.RESYNC_RETAINED).isFalse();
        assertThat(Topics.parse(Topics.resync())).isEmpty();
        assertThat(Topics.parseAgentStatus(Topics.resync())).isEmpty();
    }

    @Test
    void rejectsMissingUnknownDuplicateAndMistypedKeys() {
        for (String key : ResyncRequestCodec.KEYS) {
            String without = JSON.replaceFirst("\"" + key + "\":(\"[^\"]*\"|[^,}]*),?", "").replace(",}", "}");
            assertRejected(ResyncRequestCodec::decode, without, RejectReason.MALFORMED_JSON,
                    "\"" + key + "\": missing");
        }
        assertRejected(ResyncRequestCodec::decode, JSON.replace("\"since_us\"", "\"until_us\":5,\"since_us\""),
                RejectReason.MALFORMED_JSON, "\"until_us\": unknown key");
        assertRejected(ResyncRequestCodec::decode, JSON.replace("\"v\":1", "\"v\":1,\"v\":1"),
                RejectReason.MALFORMED_JSON, "\"v\": duplicate key");
        assertRejected(ResyncRequestCodec::decode, JSON.replace("1700000000000000", "\"1700000000000000\""),
                RejectReason.MALFORMED_JSON, "\"since_us\": VALUE_STRING (expected: an integer)");
        assertRejected(ResyncRequestCodec::decode, JSON.replace("\"dashboard-3f2a\"", "7"),
                RejectReason.MALFORMED_JSON, "\"requester\": VALUE_NUMBER_INT (expected: a string)");
        assertRejected(ResyncRequestCodec::decode, "{\"v\":1,", RejectReason.MALFORMED_JSON, "");
    }

    @Test
    void rejectsUnsupportedVersionAndValuesOutOfRange() {
        assertRejected(ResyncRequestCodec::decode, JSON.replace("\"v\":1", "\"v\":2"),
                RejectReason.UNSUPPORTED_VERSION, "\"v\": 2 (expected: 1)");
        assertRejected(ResyncRequestCodec::decode, JSON.replace("1700000000000000", "-1"),
                RejectReason.BAD_HEADER_FIELD, "sinceMicros: -1 (expected: >= 0)");
        assertRejected(ResyncRequestCodec::decode, JSON.replace("1700000000000000", "9223372036854775808"),
                RejectReason.BAD_HEADER_FIELD, "since_us");
        assertRejected(ResyncRequestCodec::decode, JSON.replace("\"dashboard-3f2a\"", "\"\""),
                RejectReason.BAD_HEADER_FIELD, "requester: \"\" (expected: 1..128 printable ASCII characters)");
    }

    @Test
    void constructorNamesTheInvalidComponent() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ResyncRequest("a\u0001", 0))
                .withMessageContaining("requester:");
        assertThatIllegalArgumentException().isThrownBy(() -> new ResyncRequest("dash", -5))
                .withMessage("sinceMicros: -5 (expected: >= 0)");
    }

    @Property(tries = 200)
    void roundTrips(@ForAll @StringLength(min = 1, max = 128) @CharRange(from = ' ', to = '~') String requester,
                    @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long sinceUs) {
        ResyncRequest request = new ResyncRequest(requester, sinceUs);
        assertThat(decoded(ResyncRequestCodec.decode(ResyncRequestCodec.encode(request)))).isEqualTo(request);
    }
}
