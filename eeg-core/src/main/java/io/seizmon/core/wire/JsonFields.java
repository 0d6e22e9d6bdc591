package io.seizmon.core.wire;

import java.math.BigInteger;

/** Range checks for JSON integers read as {@link BigInteger}, shared by the JSON readers. */
final class JsonFields {

    private static final BigInteger U64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private JsonFields() {
    }

    static String checkUnsigned64(String key, BigInteger value) {
        return value.signum() >= 0 && value.compareTo(U64_MAX) <= 0 ? null
                : "\"" + key + "\": " + value + " (expected: 0.." + U64_MAX + ")";
    }

    static String checkSigned64(String key, BigInteger value) {
        return value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0 ? null
                : "\"" + key + "\": " + value + " (expected: " + LONG_MIN + ".." + LONG_MAX + ")";
    }

    /** Returns {@code value} as a long, saturated at the long range, for range checks in long arithmetic. */
    static long clamp(BigInteger value) {
        return value.max(LONG_MIN).min(LONG_MAX).longValue();
    }
}
