package io.seizmon.core.recording;

import java.nio.ByteBuffer;

/** The numeric storage types of MAT-file data elements ({@code miINT8} ... {@code miUINT64}), as doubles. */
final class MatStorage {

    static final int MI_INT8 = 1;
    static final int MI_UINT8 = 2;
    static final int MI_INT16 = 3;
    static final int MI_UINT16 = 4;
    static final int MI_INT32 = 5;
    static final int MI_UINT32 = 6;
    static final int MI_SINGLE = 7;
    static final int MI_DOUBLE = 9;
    static final int MI_INT64 = 12;
    static final int MI_UINT64 = 13;

    private MatStorage() {
    }

    /** Bytes per element of a numeric storage type, or 0 for any other type. */
    static int width(int type) {
        return switch (type) {
            case MI_INT8, MI_UINT8 -> 1;
            case MI_INT16, MI_UINT16 -> 2;
            case MI_INT32, MI_UINT32, MI_SINGLE -> 4;
            case MI_DOUBLE, MI_INT64, MI_UINT64 -> 8;
            default -> 0;
        };
    }

    /** The {@code count} elements of {@code data} (in the file's byte order), converted to double. */
    static double[] toDoubles(ByteBuffer data, int type, int count) {
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = switch (type) {
                case MI_INT8 -> data.get(i);
                case MI_UINT8 -> data.get(i) & 0xFF;
                case MI_INT16 -> data.getShort(2 * i);
                case MI_UINT16 -> data.getShort(2 * i) & 0xFFFF;
                case MI_INT32 -> data.getInt(4 * i);
                case MI_UINT32 -> Integer.toUnsignedLong(data.getInt(4 * i));
                case MI_SINGLE -> data.getFloat(4 * i);
                case MI_DOUBLE -> data.getDouble(8 * i);
                case MI_INT64 -> data.getLong(8 * i);
                case MI_UINT64 -> unsigned(data.getLong(8 * i));
                default -> throw new IllegalArgumentException("type: " + type + " (expected: a numeric MAT type)");
            };
        }
        return out;
    }

    private static double unsigned(long value) {
        return value >= 0 ? value : (value >>> 1) * 2.0 + (value & 1);
    }
}
