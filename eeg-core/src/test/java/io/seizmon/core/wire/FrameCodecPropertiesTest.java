package io.seizmon.core.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.ByteRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Properties of the binary codec: decode never throws, and every corruption of a frame is caught. */
class FrameCodecPropertiesTest {

    @Property
    void decodeNeverThrowsOnRandomBytes(@ForAll @Size(max = 300) byte[] bytes) {
        assertThat(FrameCodec.decode(bytes)).isNotNull();
    }

    @Property
    void decodeNeverThrowsOnRandomBytesAfterAValidPrefix(@ForAll @Size(max = 300) byte[] tail) {
        byte[] bytes = Arrays.copyOf(new byte[] {'S', 'Z', 'E', 'G', 1}, 5 + tail.length);
        System.arraycopy(tail, 0, bytes, 5, tail.length);
        PayloadResult<EegFrame> result = FrameCodec.decode(bytes);
        assertThat(result).isNotNull();
        if (result instanceof PayloadResult.Decoded<EegFrame> decoded) {
            assertValid(decoded.value());
        }
    }

    @Property
    void roundTripsFloat32FramesBitForBit(@ForAll("frames") EegFrame frame) {
        assertThat(FrameCodec.decode(FrameCodec.encodeFloat32(frame), frame.subjectId(), frame.simulated()))
                .isEqualTo(new PayloadResult.Decoded<>(frame));
    }

    @Property
    void roundTripsInt16FramesWithinHalfAStepPlusTwoUlps(@ForAll("microvoltFrames") EegFrame frame) {
        List<ChannelScaling> scalings = ChannelScaling.fitting(frame);
        EegFrame decoded = ((PayloadResult.Decoded<EegFrame>) FrameCodec.decode(FrameCodec.encodeInt16(frame))).value();
        assertThat(decoded.sequence()).isEqualTo(frame.sequence());
        for (int i = 0; i < frame.samples().length; i++) {
            int channel = i % frame.channelCount();
            double tolerance = Math.abs(scalings.get(channel).scale()) / 2.0 + 2 * Math.ulp(maxAbs(frame, channel));
            double error = Math.abs((double) decoded.samples()[i] - frame.samples()[i]);
            assertThat(error).as("sample %d channel %d: %s -> %s, tolerance %s", i / frame.channelCount(), channel,
                    frame.samples()[i], decoded.samples()[i], tolerance).isLessThanOrEqualTo(tolerance);
        }
    }

    @Property(tries = 100)
    void rejectsEveryTruncationAsTruncated(@ForAll("frames") EegFrame frame, @ForAll boolean int16) {
        byte[] bytes = int16 ? FrameCodec.encodeInt16(frame) : FrameCodec.encodeFloat32(frame);
        for (int length = 0; length < bytes.length; length++) {
            PayloadResult<EegFrame> result = FrameCodec.decode(Arrays.copyOf(bytes, length));
            assertThat(result).as("length %d of %d", length, bytes.length).isInstanceOf(PayloadResult.Rejected.class);
            assertThat(((PayloadResult.Rejected<EegFrame>) result).reason()).as("length %d: %s", length, result)
                    .isEqualTo(RejectReason.TRUNCATED);
        }
    }

    @Property
    void rejectsEverySingleByteMutation(@ForAll("frames") EegFrame frame, @ForAll boolean int16,
                                        @ForAll @IntRange(max = 100_000) int position,
                                        @ForAll @ByteRange(min = 1) byte xor) {
        byte[] bytes = int16 ? FrameCodec.encodeInt16(frame) : FrameCodec.encodeFloat32(frame);
        bytes[position % bytes.length] ^= xor;
        assertThat(FrameCodec.decode(bytes)).isInstanceOf(PayloadResult.Rejected.class);
    }

    @Property
    void multiByteMutationIsRejectedOrDecodesToAValidFrame(@ForAll("frames") EegFrame frame, @ForAll boolean int16,
                                                           @ForAll @Size(min = 2, max = 8) List<Integer> positions,
                                                           @ForAll byte value) {
        byte[] bytes = int16 ? FrameCodec.encodeInt16(frame) : FrameCodec.encodeFloat32(frame);
        for (int position : positions) {
            bytes[Math.floorMod(position, bytes.length)] = (byte) (value + position);
        }
        PayloadResult<EegFrame> result = FrameCodec.decode(bytes);
        if (result instanceof PayloadResult.Decoded<EegFrame> decoded) {
            assertValid(decoded.value());
        } else {
            assertThat(((PayloadResult.Rejected<EegFrame>) result).detail()).isNotBlank();
        }
    }

    @Property
    void mutationBehindAFixedChecksumIsRejectedOrDecodesToAValidFrame(
            @ForAll("frames") EegFrame frame, @ForAll boolean int16,
            @ForAll @Size(min = 1, max = 4) List<@IntRange(max = 100_000) Integer> positions, @ForAll byte value) {
        byte[] bytes = int16 ? FrameCodec.encodeInt16(frame) : FrameCodec.encodeFloat32(frame);
        for (int position : positions) {
            bytes[position % (bytes.length - 4)] = (byte) (value ^ position);
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 4);
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(bytes.length - 4, (int) crc.getValue());
        PayloadResult<EegFrame> result = FrameCodec.decode(bytes, frame.subjectId(), frame.simulated());
        if (result instanceof PayloadResult.Decoded<EegFrame> decoded) {
            assertValid(decoded.value());
        } else {
            assertThat(((PayloadResult.Rejected<EegFrame>) result).reason()).isNotEqualTo(RejectReason.BAD_CHECKSUM);
        }
    }

    @Provide
    Arbitrary<EegFrame> frames() {
        return WireArbitraries.frames();
    }

    @Provide
    Arbitrary<EegFrame> microvoltFrames() {
        return WireArbitraries.frames(Arbitraries.floats().between(-1e5f, 1e5f).withSpecialValue(0f));
    }

    private static float maxAbs(EegFrame frame, int channel) {
        float max = 0;
        for (int i = 0; i < frame.samplesPerChannel(); i++) {
            max = Math.max(max, Math.abs(frame.sample(i, channel)));
        }
        return max;
    }

    /** A decoded frame is one the encoder accepts, and it re-encodes (as float32) to a frame that decodes equal. */
    static void assertValid(EegFrame frame) {
        assertThat(FrameCodec.decode(FrameCodec.encodeFloat32(frame))).isEqualTo(new PayloadResult.Decoded<>(frame));
    }
}
