package io.seizmon.core.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Properties of the JSON codecs: decode never throws, and whatever decodes is a valid frame. */
class JsonFrameCodecPropertiesTest {

    private static final String VALID = WireVectors.text("float32-2ch.json").strip();

    @Property
    void decodeNeverThrowsOnRandomStrings(@ForAll @Size(max = 200) String text) {
        assertThat(JsonFrameCodec.decode(text)).isNotNull();
        assertThat(StreamMetaCodec.decode(text.getBytes(StandardCharsets.UTF_8))).isNotNull();
    }

    @Property
    void decodeNeverThrowsOnRandomBytes(@ForAll @Size(max = 200) byte[] bytes) {
        assertThat(JsonFrameCodec.decode(bytes)).isNotNull();
        assertThat(StreamMetaCodec.decode(bytes)).isNotNull();
    }

    @Property
    void decodeNeverThrowsOnJsonLikeText(@ForAll("jsonish") String text) {
        PayloadResult<EegFrame> result = JsonFrameCodec.decode(text);
        if (result instanceof PayloadResult.Decoded<EegFrame> decoded) {
            FrameCodecPropertiesTest.assertValid(decoded.value());
        }
        assertThat(StreamMetaCodec.decode(text.getBytes(StandardCharsets.UTF_8))).isNotNull();
    }

    @Property
    void mutatedJsonIsRejectedOrDecodesToAValidFrame(@ForAll @Size(min = 1, max = 4) List<@IntRange(max = 10_000)
            Integer> positions, @ForAll("jsonChars") char replacement, @ForAll boolean insert) {
        StringBuilder text = new StringBuilder(VALID);
        for (int position : positions) {
            int at = position % text.length();
            if (insert) {
                text.insert(at, replacement);
            } else {
                text.setCharAt(at, replacement);
            }
        }
        PayloadResult<EegFrame> result = JsonFrameCodec.decode(text.toString());
        if (result instanceof PayloadResult.Decoded<EegFrame> decoded) {
            FrameCodecPropertiesTest.assertValid(decoded.value());
        } else {
            assertThat(((PayloadResult.Rejected<EegFrame>) result).detail()).isNotBlank();
        }
    }

    @Property(tries = 100)
    void rejectsEveryTruncation(@ForAll("frames") EegFrame frame) {
        byte[] json = JsonFrameCodec.encode(frame);
        for (int length = 0; length < json.length; length++) {
            assertThat(JsonFrameCodec.decode(Arrays.copyOf(json, length)))
                    .as("length %d of %d", length, json.length).isInstanceOf(PayloadResult.Rejected.class);
        }
    }

    @Property
    void roundTripsRandomFramesToTheSameFrameAsBinaryFloat32(@ForAll("frames") EegFrame frame) {
        PayloadResult<EegFrame> fromJson = JsonFrameCodec.decode(JsonFrameCodec.encode(frame), frame.subjectId(),
                frame.simulated());
        assertThat(fromJson).isEqualTo(new PayloadResult.Decoded<>(frame))
                .isEqualTo(FrameCodec.decode(FrameCodec.encodeFloat32(frame)));
    }

    @Provide
    Arbitrary<EegFrame> frames() {
        return WireArbitraries.frames();
    }

    @Provide
    Arbitrary<Character> jsonChars() {
        return Arbitraries.of('{', '}', '[', ']', ',', ':', '"', '0', '1', '9', '-', '.', 'e', 'E', '+', ' ', 'n',
                't', 'f', '\\', 'v', 'x', '\u00e9', '\u0000');
    }

    @Provide
    Arbitrary<String> jsonish() {
        return jsonChars().list().ofMaxSize(60).map(chars -> {
            StringBuilder text = new StringBuilder();
            chars.forEach(text::append);
            return text.toString();
        });
    }
}
