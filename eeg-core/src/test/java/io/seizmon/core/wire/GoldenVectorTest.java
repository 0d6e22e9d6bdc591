package io.seizmon.core.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The codecs against the golden vectors written by {@code make_vectors.py}, in both directions. */
class GoldenVectorTest {

    @Test
    void encodesFloat32FrameToGoldenBytes() {
        assertThat(HexFormat.of().formatHex(FrameCodec.encodeFloat32(WireVectors.FLOAT32_FRAME)))
                .isEqualTo(HexFormat.of().formatHex(WireVectors.hex("float32-2ch.hex")));
    }

    @Test
    void decodesGoldenFloat32Bytes() {
        assertThat(FrameCodec.decode(WireVectors.hex("float32-2ch.hex")))
                .isEqualTo(new PayloadResult.Decoded<>(WireVectors.FLOAT32_FRAME));
    }

    @Test
    void encodesInt16FrameToGoldenBytes() {
        byte[] encoded = FrameCodec.encodeInt16(WireVectors.INT16_FRAME, WireVectors.INT16_SCALINGS);
        assertThat(HexFormat.of().formatHex(encoded))
                .isEqualTo(HexFormat.of().formatHex(WireVectors.hex("int16-2ch.hex")));
    }

    @Test
    void decodesGoldenInt16BytesToPhysicalValues() {
        assertThat(FrameCodec.decode(WireVectors.hex("int16-2ch.hex"), "rat-1", true))
                .isEqualTo(new PayloadResult.Decoded<>(WireVectors.INT16_FRAME));
    }

    @Test
    void encodesFloat32FrameToGoldenJson() {
        assertThat(new String(JsonFrameCodec.encode(WireVectors.FLOAT32_FRAME), StandardCharsets.UTF_8))
                .isEqualTo(WireVectors.text("float32-2ch.json").strip());
    }

    @Test
    void decodesGoldenJsonToTheSameFrameAsGoldenBinary() {
        PayloadResult<EegFrame> fromJson = JsonFrameCodec.decode(WireVectors.text("float32-2ch.json"));
        assertThat(fromJson).isEqualTo(new PayloadResult.Decoded<>(WireVectors.FLOAT32_FRAME))
                .isEqualTo(FrameCodec.decode(WireVectors.hex("float32-2ch.hex")));
    }
}
