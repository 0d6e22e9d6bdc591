package io.seizmon.core.wire;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32C;

/** Given-helpers: valid frame bytes, patched in place at a byte offset, with the checksum fixed up after. */
final class FrameBytes {

    private final ByteBuffer bytes;

    private FrameBytes(byte[] bytes) {
        this.bytes = ByteBuffer.wrap(bytes.clone()).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Starts from the golden float32 frame (cage-07, live, 2 channels × 3 samples, subject at 40..46). */
    static FrameBytes float32() {
        return new FrameBytes(FrameCodec.encodeFloat32(WireVectors.FLOAT32_FRAME));
    }

    /** Starts from the golden int16 frame (rat-1, simulated, 2 channels × 2 samples, scalings at 45..60). */
    static FrameBytes int16() {
        return new FrameBytes(FrameCodec.encodeInt16(WireVectors.INT16_FRAME, WireVectors.INT16_SCALINGS));
    }

    FrameBytes u8(int offset, int value) {
        bytes.put(offset, (byte) value);
        return this;
    }

    FrameBytes u16(int offset, int value) {
        bytes.putShort(offset, (short) value);
        return this;
    }

    FrameBytes u32(int offset, long value) {
        bytes.putInt(offset, (int) value);
        return this;
    }

    FrameBytes f32(int offset, float value) {
        bytes.putFloat(offset, value);
        return this;
    }

    FrameBytes f64(int offset, double value) {
        bytes.putDouble(offset, value);
        return this;
    }

    /** Returns the bytes with the checksum left as it is. */
    byte[] withStaleChecksum() {
        return bytes.array().clone();
    }

    /** Returns the bytes with a correct CRC-32C in the last 4 bytes, so checks after the checksum are reached. */
    byte[] withChecksum() {
        byte[] out = bytes.array().clone();
        CRC32C crc = new CRC32C();
        crc.update(out, 0, out.length - 4);
        ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN).putInt(out.length - 4, (int) crc.getValue());
        return out;
    }
}
