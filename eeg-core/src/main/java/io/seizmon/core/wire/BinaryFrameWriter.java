package io.seizmon.core.wire;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32C;

/** Writes binary v1 frames; {@link FrameCodec} is its public face. Stateless. */
final class BinaryFrameWriter {

    private BinaryFrameWriter() {
    }

    static byte[] writeFloat32(EegFrame frame) {
        FrameLimits.requireEncodable(frame);
        ByteBuffer out = allocateWithHeader(frame, SampleEncoding.FLOAT32);
        for (float sample : frame.samples()) {
            out.putFloat(sample);
        }
        return finish(out);
    }

    static byte[] writeInt16(EegFrame frame, List<ChannelScaling> scalings) {
        FrameLimits.requireEncodable(frame);
        if (scalings.size() != frame.channelCount()) {
            throw new IllegalArgumentException("scalings.size(): " + scalings.size()
                    + " (expected: channelCount = " + frame.channelCount() + ")");
        }
        ChannelScaling[] byChannel = scalings.toArray(new ChannelScaling[0]);
        ByteBuffer out = allocateWithHeader(frame, SampleEncoding.INT16);
        for (ChannelScaling scaling : byChannel) {
            out.putFloat(scaling.scale()).putFloat(scaling.offset());
        }
        float[] samples = frame.samples();
        int channels = frame.channelCount();
        for (int i = 0; i < samples.length; i++) {
            out.putShort(byChannel[i % channels].quantise(samples[i]));
        }
        return finish(out);
    }

    /** Returns the exact frame length in bytes; all arguments must already be within {@link FrameLimits}. */
    static int frameLength(SampleEncoding encoding, int subjectIdBytes, int channels, int samplesPerChannel) {
        int calibration = encoding == SampleEncoding.INT16 ? channels * 2 * Float.BYTES : 0;
        return FrameCodec.HEADER_BYTES + subjectIdBytes + calibration
                + channels * samplesPerChannel * encoding.bytesPerSample() + FrameCodec.CHECKSUM_BYTES;
    }

    private static ByteBuffer allocateWithHeader(EegFrame frame, SampleEncoding encoding) {
        byte[] subject = frame.subjectId().getBytes(StandardCharsets.UTF_8);
        int length = frameLength(encoding, subject.length, frame.channelCount(), frame.samplesPerChannel());
        ByteBuffer out = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        out.put(FrameCodec.MAGIC)
                .put((byte) FrameCodec.VERSION)
                .put((byte) encoding.code())
                .putShort((short) (frame.simulated() ? FrameCodec.FLAG_SIMULATED : 0))
                .putLong(frame.sequence())
                .putLong(frame.firstSampleMicros())
                .putDouble(frame.sampleRateHz())
                .putShort((short) frame.channelCount())
                .putShort((short) subject.length)
                .putInt(frame.samplesPerChannel())
                .put(subject);
        return out;
    }

    private static byte[] finish(ByteBuffer out) {
        CRC32C crc = new CRC32C();
        crc.update(out.array(), 0, out.position());
        out.putInt((int) crc.getValue());
        assert !out.hasRemaining() : "frame length miscounted: " + out.remaining() + " bytes left";
        return out.array();
    }
}
