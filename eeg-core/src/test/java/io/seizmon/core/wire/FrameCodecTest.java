package io.seizmon.core.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Encoding and round trips of the binary codec; rejections are in {@link FrameCodecRejectTest}. */
class FrameCodecTest {

    @Test
    void roundTripsFloat32FrameBitForBit() {
        EegFrame frame = new EegFrame("x", true, -1L, Long.MIN_VALUE, 100_000.0, 3, 2,
                new float[] {-0.0f, Float.MIN_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, 1e-30f, 7f});
        assertThat(FrameCodec.decode(FrameCodec.encodeFloat32(frame))).isEqualTo(new PayloadResult.Decoded<>(frame));
    }

    @Test
    void encodesExactlyTheAnnouncedLength() {
        EegFrame frame = frame(4, 10);
        assertThat(FrameCodec.encodeFloat32(frame)).hasSize(40 + 7 + 4 * 10 * 4 + 4);
        assertThat(FrameCodec.encodeInt16(frame)).hasSize(40 + 7 + 4 * 8 + 4 * 10 * 2 + 4);
    }

    @Test
    void roundTripsInt16FrameWithinHalfAStepOfEachChannel() {
        EegFrame frame = frame(3, 200);
        List<ChannelScaling> scalings = ChannelScaling.fitting(frame);
        EegFrame decoded = ((PayloadResult.Decoded<EegFrame>) FrameCodec.decode(FrameCodec.encodeInt16(frame))).value();
        for (int i = 0; i < frame.samplesPerChannel(); i++) {
            for (int c = 0; c < frame.channelCount(); c++) {
                float tolerance = Math.abs(scalings.get(c).scale()) / 2 + 2 * Math.ulp(1000f);
                assertThat(decoded.sample(i, c)).as("sample %d channel %d", i, c)
                        .isCloseTo(frame.sample(i, c), Offset.offset(tolerance));
            }
        }
        assertThat(decoded.sequence()).isEqualTo(frame.sequence());
    }

    @Test
    void saturatesInt16ValuesOutsideTheGivenScaling() {
        EegFrame frame = new EegFrame("s1", false, 0, 0, 250, 1, 3, new float[] {-1e6f, 0f, 1e6f});
        byte[] encoded = FrameCodec.encodeInt16(frame, List.of(new ChannelScaling(1f, 0f)));
        float[] decoded = ((PayloadResult.Decoded<EegFrame>) FrameCodec.decode(encoded)).value().samples();
        assertThat(decoded).containsExactly(-32768f, 0f, 32767f);
    }

    @Test
    void encodesConstantChannelExactly() {
        EegFrame frame = new EegFrame("s1", false, 0, 0, 250, 1, 3, new float[] {-3.3f, -3.3f, -3.3f});
        assertThat(FrameCodec.decode(FrameCodec.encodeInt16(frame))).isEqualTo(new PayloadResult.Decoded<>(frame));
    }

    @Test
    void refusesToEncodeNonFiniteSample() {
        EegFrame frame = new EegFrame("s1", false, 0, 0, 250, 1, 2, new float[] {0f, Float.NaN});
        assertThatIllegalArgumentException().isThrownBy(() -> FrameCodec.encodeFloat32(frame))
                .withMessage("samples[1]: NaN (expected: finite)");
    }

    @Test
    void refusesToEncodeInvalidSubjectId() {
        EegFrame frame = new EegFrame("Cage 7", false, 0, 0, 250, 1, 1, new float[] {0f});
        assertThatIllegalArgumentException().isThrownBy(() -> FrameCodec.encodeFloat32(frame))
                .withMessage("subjectId: \"Cage 7\" (expected: [a-z0-9][a-z0-9._-]{0,63})");
    }

    @Test
    void refusesToEncodeSampleRateOutOfRange() {
        EegFrame frame = new EegFrame("s1", false, 0, 0, 0.5, 1, 1, new float[] {0f});
        assertThatIllegalArgumentException().isThrownBy(() -> FrameCodec.encodeFloat32(frame))
                .withMessage("sampleRateHz: 0.5 (expected: finite, 1..100000)");
    }

    @Test
    void refusesInt16ScalingsOfWrongCount() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FrameCodec.encodeInt16(frame(2, 1), List.of(new ChannelScaling(1f, 0f))))
                .withMessage("scalings.size(): 1 (expected: channelCount = 2)");
    }

    @Test
    void refusesZeroScale() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ChannelScaling(0f, 0f))
                .withMessage("scale: 0.0 (expected: finite, != 0)");
    }

    @Test
    void fitsScalingToRangeEnds() {
        ChannelScaling scaling = ChannelScaling.forRange(-100f, 300f);
        assertThat(scaling.quantise(-100f)).isEqualTo((short) -32767);
        assertThat(scaling.quantise(300f)).isEqualTo((short) 32767);
        assertThat(scaling.offset()).isEqualTo(100f);
    }

    /** A deterministic frame "cage-07" of {@code channels} × {@code samples} within ±1000 µV. */
    static EegFrame frame(int channels, int samples) {
        float[] values = new float[channels * samples];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (1000 * Math.sin(i * 0.37 + i % channels));
        }
        return new EegFrame("cage-07", false, 42, 1_700_000_000_000_000L, 250.0, channels, samples, values);
    }
}
