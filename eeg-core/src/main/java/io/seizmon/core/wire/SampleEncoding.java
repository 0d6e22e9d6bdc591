package io.seizmon.core.wire;

/** How a binary frame stores its samples; the code is byte 5 of the frame. */
public enum SampleEncoding {

    /** Signed 16-bit integers with a per-channel scale and offset: µV = raw × scale + offset. */
    INT16(1, Short.BYTES),
    /** IEEE 754 binary32 values in µV. */
    FLOAT32(2, Float.BYTES);

    private final int code;
    private final int bytesPerSample;

    SampleEncoding(int code, int bytesPerSample) {
        this.code = code;
        this.bytesPerSample = bytesPerSample;
    }

    /** Returns the code written at byte offset 5. */
    public int code() {
        return code;
    }

    /** Returns the size of one sample, bytes. */
    public int bytesPerSample() {
        return bytesPerSample;
    }

    /** Returns the encoding with this code, or null if none. */
    static SampleEncoding ofCode(int code) {
        for (SampleEncoding encoding : values()) {
            if (encoding.code == code) {
                return encoding;
            }
        }
        return null;
    }
}
