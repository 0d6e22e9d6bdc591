package io.seizmon.core.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** One test per reason the binary decoder reports, each on a golden frame with one thing wrong. */
class FrameCodecRejectTest {

    @Test
    void rejectsPayloadWithoutMagic() {
        byte[] json = "{\"v\":1}".getBytes(StandardCharsets.UTF_8);
        assertRejected(FrameCodec.decode(json), RejectReason.BAD_MAGIC, "magic: 7B 22 76 22", "SZEG", "offset 0");
    }

    @Test
    void rejectsShortPayloadThatIsNotAMagicPrefix() {
        assertRejected(FrameCodec.decode(new byte[] {'S', 'Y'}), RejectReason.BAD_MAGIC, "magic: 53 59");
    }

    @Test
    void rejectsFrameWithUnknownVersion() {
        assertRejected(FrameCodec.decode(FrameBytes.float32().u8(4, 2).withChecksum()),
                RejectReason.UNSUPPORTED_VERSION, "version: 2 (expected: 1) at byte offset 4");
    }

    @Test
    void rejectsFrameWithUnknownSampleEncoding() {
        assertRejected(FrameCodec.decode(FrameBytes.float32().u8(5, 3).withChecksum()),
                RejectReason.UNKNOWN_ENCODING, "encoding: 3", "offset 5");
    }

    @Test
    void rejectsFrameWithReservedFlagSet() {
        assertRejected(FrameCodec.decode(FrameBytes.float32().u16(6, 0x8001).withChecksum()),
                RejectReason.BAD_FLAGS, "flags: 0x8001", "offset 6");
    }

    @Test
    void rejectsEmptyPayloadAsTruncated() {
        assertRejected(FrameCodec.decode(new byte[0]), RejectReason.TRUNCATED, "payload: 0 bytes");
    }

    @Test
    void rejectsNullPayloadAsTruncated() {
        assertRejected(FrameCodec.decode(null), RejectReason.TRUNCATED, "payload: null");
    }

    @Test
    void rejectsFrameCutInsideTheHeader() {
        byte[] frame = FrameBytes.float32().withChecksum();
        assertRejected(FrameCodec.decode(Arrays.copyOf(frame, 39)), RejectReason.TRUNCATED, "39 bytes", ">= 40");
    }

    @Test
    void rejectsFrameCutInsideTheSamples() {
        byte[] frame = FrameBytes.float32().withChecksum();
        assertRejected(FrameCodec.decode(Arrays.copyOf(frame, 60)), RejectReason.TRUNCATED,
                "payload: 60 bytes (expected: 75 as announced by the header)");
    }

    @Test
    void rejectsFrameWithTrailingBytes() {
        byte[] frame = FrameBytes.float32().withChecksum();
        assertRejected(FrameCodec.decode(Arrays.copyOf(frame, 77)), RejectReason.TRAILING_BYTES,
                "payload: 77 bytes (expected: 75", "2 trailing");
    }

    @Test
    void rejectsFrameWithCorruptedSample() {
        assertRejected(FrameCodec.decode(FrameBytes.float32().f32(47, 1.75f).withStaleChecksum()),
                RejectReason.BAD_CHECKSUM,
                "checksum: 0x326C0078 (expected: 0x9186FA63, the CRC-32C of bytes 0..70) at byte offset 71");
    }

    @Test
    void rejectsFrameWithZeroSampleRate() {
        assertRejected(FrameCodec.decode(FrameBytes.float32().f64(24, 0.0).withChecksum()),
                RejectReason.BAD_HEADER_FIELD, "sampleRateHz: 0.0 (expected: finite, 1..100000) at byte offset 24");
    }

    @Test
    void rejectsFrameWithNanSampleRate() {
        assertRejected(FrameCodec.decode(FrameBytes.float32().f64(24, Double.NaN).withChecksum()),
                RejectReason.BAD_HEADER_FIELD, "sampleRateHz: NaN");
    }

    @Test
    void rejectsFrameWithTooManyChannels() {
        assertRejected(FrameCodec.decode(FrameBytes.float32().u16(32, 1025).withChecksum()),
                RejectReason.BAD_HEADER_FIELD, "channelCount: 1025 (expected: 1..1024) at byte offset 32");
    }

    @Test
    void rejectsFrameWithEmptySubjectId() {
        assertRejected(FrameCodec.decode(FrameBytes.float32().u16(34, 0).withChecksum()),
                RejectReason.BAD_HEADER_FIELD, "subjectIdLength: 0 (expected: 1..64) at byte offset 34");
    }

    @Test
    void rejectsFrameWithZeroSamplesPerChannel() {
        assertRejected(FrameCodec.decode(FrameBytes.float32().u32(36, 0).withChecksum()),
                RejectReason.BAD_HEADER_FIELD, "samplesPerChannel: 0 (expected: 1..65536) at byte offset 36");
    }

    @Test
    void rejectsFrameAnnouncingMoreThanFourMebiSamples() {
        assertRejected(FrameCodec.decode(FrameBytes.float32().u16(32, 1024).u32(36, 65_536).withChecksum()),
                RejectReason.BAD_HEADER_FIELD, "1024 * 65536 = 67108864 (expected: <= 4194304)");
    }

    @Test
    void rejectsInt16FrameWithZeroScale() {
        assertRejected(FrameCodec.decode(FrameBytes.int16().f32(53, 0f).withChecksum()),
                RejectReason.BAD_HEADER_FIELD, "scale[1]: 0.0 (expected: finite, != 0) at byte offset 53");
    }

    @Test
    void rejectsInt16FrameWithInfiniteOffset() {
        assertRejected(FrameCodec.decode(FrameBytes.int16().f32(49, Float.POSITIVE_INFINITY).withChecksum()),
                RejectReason.BAD_HEADER_FIELD, "offset[0]: Infinity (expected: finite) at byte offset 49");
    }

    @Test
    void rejectsFrameWithUppercaseSubjectId() {
        assertRejected(FrameCodec.decode(FrameBytes.float32().u8(40, 'C').withChecksum()),
                RejectReason.BAD_SUBJECT_ID, "subjectId: \"Cage-07\"", "at byte offset 40");
    }

    @Test
    void rejectsFrameWithSlashInSubjectIdAndEscapesControlBytes() {
        assertRejected(FrameCodec.decode(FrameBytes.float32().u8(44, '/').u8(45, 0x07).withChecksum()),
                RejectReason.BAD_SUBJECT_ID, "\"cage/\\u00077\"");
    }

    @Test
    void rejectsFrameWhoseSubjectIsNotTheTopics() {
        assertRejected(FrameCodec.decode(FrameBytes.float32().withChecksum(), "cage-08", false),
                RejectReason.TOPIC_MISMATCH, "subjectId: \"cage-07\" (expected: \"cage-08\" from the topic)");
    }

    @Test
    void rejectsLiveFrameOnSimulatedTopic() {
        StreamTopic topic = Topics.parse(Topics.raw("cage-07", true)).orElseThrow();
        assertRejected(FrameCodec.decode(FrameBytes.float32().withChecksum(), topic),
                RejectReason.SIMULATION_MISMATCH, "simulated: false (expected: true from the topic root sim)");
    }

    @Test
    void rejectsSimulatedFrameOnLiveTopic() {
        assertRejected(FrameCodec.decode(FrameBytes.int16().withChecksum(), "rat-1", false),
                RejectReason.SIMULATION_MISMATCH, "simulated: true (expected: false from the topic root live)");
    }

    @Test
    void rejectsFloat32FrameWithNanSample() {
        assertRejected(FrameCodec.decode(FrameBytes.float32().f32(59, Float.NaN).withChecksum()),
                RejectReason.NON_FINITE_SAMPLE, "sample 1 of channel 1: NaN (expected: finite) at byte offset 59");
    }

    @Test
    void rejectsInt16FrameWhosePhysicalValueOverflowsFloat32() {
        assertRejected(FrameCodec.decode(FrameBytes.int16().f32(53, 3e38f).withChecksum()),
                RejectReason.NON_FINITE_SAMPLE, "sample 0 of channel 1: -Infinity from raw -4", "offset 63");
    }

    @Test
    void acceptsFrameOnItsOwnTopic() {
        assertThat(FrameCodec.decode(FrameBytes.int16().withChecksum(), "rat-1", true).isDecoded()).isTrue();
    }

    static void assertRejected(PayloadResult<EegFrame> result, RejectReason reason, String... detailParts) {
        assertThat(result).isInstanceOf(PayloadResult.Rejected.class);
        PayloadResult.Rejected<EegFrame> rejected = (PayloadResult.Rejected<EegFrame>) result;
        assertThat(rejected.reason()).as("reason of %s", rejected).isEqualTo(reason);
        for (String part : detailParts) {
            assertThat(rejected.detail()).contains(part);
        }
    }
}
