package io.seizmon.core.wire;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Checks shared by the JSON payloads of the edge agent (alerts, scores, agent status): the value checks return
 * null or a problem in the house form {@code "name: value (expected: ...)"}; the decode steps return null or the
 * rejection.
 */
final class PayloadChecks {

    /** Longest model id, characters. */
    static final int MAX_MODEL_ID_LENGTH = 128;
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    private PayloadChecks() {
    }

    /** Throws {@link IllegalArgumentException} with {@code problem} unless it is null. */
    static void require(String problem) {
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    static String checkAgentId(String name, String agentId) {
        return Topics.isValidAgentId(agentId) ? null : name + ": " + (agentId == null ? "null"
                : Rejections.printable(agentId)) + " (expected: [a-z0-9][a-z0-9._-]{0,63})";
    }

    static String checkModelId(String modelId) {
        return StreamMeta.checkText("modelId", modelId, 1, MAX_MODEL_ID_LENGTH);
    }

    static String checkModelSha256(String modelSha256) {
        return modelSha256 != null && (modelSha256.isEmpty() || SHA256_HEX.matcher(modelSha256).matches()) ? null
                : "modelSha256: " + (modelSha256 == null ? "null" : Rejections.printable(modelSha256))
                + " (expected: 64 lowercase hex digits, or \"\" when no model decided)";
    }

    /** Checks 0x20..0x7E only and the length. */
    static String checkPrintableAscii(String name, String text, int minLength, int maxLength) {
        boolean printable = text != null && text.chars().allMatch(ch -> ch >= 0x20 && ch < 0x7F);
        return printable && text.length() >= minLength && text.length() <= maxLength ? null
                : name + ": " + (text == null ? "null" : Rejections.printable(text)) + " (expected: " + minLength
                + ".." + maxLength + " printable ASCII characters)";
    }

    /** Returns {@code value} as a long; throws {@link IllegalArgumentException} naming the key when out of range. */
    static long toLong(String key, BigInteger value) {
        require(JsonFields.checkSigned64(key, value));
        return value.longValue();
    }

    /** Returns {@code value} as an int; throws {@link IllegalArgumentException} naming the key when out of range. */
    static int toInt(String key, BigInteger value) {
        if (value.compareTo(INT_MIN) < 0 || value.compareTo(INT_MAX) > 0) {
            throw new IllegalArgumentException("\"" + key + "\": " + value + " (expected: " + INT_MIN + ".." + INT_MAX
                    + ")");
        }
        return value.intValue();
    }

    /**
     * Reads {@code json}, a flat object that must hold every key of {@code keys} (see {@link JsonFlatObject#read}),
     * into {@code values}; returns the rejection, or null when every key was read.
     */
    static <T> PayloadResult<T> readComplete(byte[] json, List<String> keys, JsonFlatObject.ValueReader reader,
                                             UnaryOperator<String> expectedType, Map<String, Object> values) {
        JsonFlatObject.Problem problem = JsonFlatObject.read(json, keys, reader, expectedType, values);
        if (problem != null) {
            return new PayloadResult.Rejected<>(problem.reason(), problem.detail());
        }
        for (String key : keys) {
            if (!values.containsKey(key)) {
                return new PayloadResult.Rejected<>(RejectReason.MALFORMED_JSON, "\"" + key
                        + "\": missing (expected: every key of " + keys + ")");
            }
        }
        return null;
    }

    /**
     * Reads a stream's payload like {@link #readComplete}, then checks its {@code subject} and {@code simulated}
     * keys ({@link Rejections#checkSubject}; no topic check when {@code expectedSubjectId} is null).
     */
    static <T> PayloadResult<T> readStream(byte[] json, List<String> keys, JsonFlatObject.ValueReader reader,
                                           UnaryOperator<String> expectedType, Map<String, Object> values,
                                           String expectedSubjectId, boolean expectedSimulated) {
        PayloadResult<T> rejected = readComplete(json, keys, reader, expectedType, values);
        return rejected != null ? rejected : Rejections.checkSubject((String) values.get("subject"),
                (Boolean) values.get("simulated"), expectedSubjectId, expectedSimulated);
    }

    /**
     * Builds the value; an {@link IllegalArgumentException} from a range check becomes
     * {@link RejectReason#BAD_HEADER_FIELD} with its message.
     */
    static <T> PayloadResult<T> build(Supplier<T> value) {
        try {
            return new PayloadResult.Decoded<>(value.get());
        } catch (IllegalArgumentException e) {
            return new PayloadResult.Rejected<>(RejectReason.BAD_HEADER_FIELD, String.valueOf(e.getMessage()));
        }
    }
}
