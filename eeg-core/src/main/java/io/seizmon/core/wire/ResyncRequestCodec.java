package io.seizmon.core.wire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * JSON form of a {@link ResyncRequest} (v1), on {@link Topics#resync()}; documented in {@code docs/topics.md}
 * ("Resync request payload"):
 *
 * <pre>{@code
 * {"v":1,"requester":"dashboard-3f2a","since_us":1700000000000000}
 * }</pre>
 *
 * <p>Every key is required exactly once, unknown keys are rejected, and {@code "v"} must be 1. Decoders never throw
 * on any input: {@link RejectReason#MALFORMED_JSON} for syntax, missing, duplicate, unknown or mistyped keys;
 * {@link RejectReason#UNSUPPORTED_VERSION}; {@link RejectReason#BAD_HEADER_FIELD} for a value out of the ranges of
 * {@link ResyncRequest}. Thread-safe: stateless.
 */
public final class ResyncRequestCodec {

    private static final String KEY_VERSION = "v";
    private static final String KEY_REQUESTER = "requester";
    private static final String KEY_SINCE = "since_us";
    /** Every key, in the order the encoder writes them. */
    public static final List<String> KEYS = List.of(KEY_VERSION, KEY_REQUESTER, KEY_SINCE);

    private ResyncRequestCodec() {
    }

    /** Encodes {@code request} as one UTF-8 JSON object, keys in the documented order. */
    public static byte[] encode(ResyncRequest request) {
        Objects.requireNonNull(request, "request");
        return JsonFlatObject.write(64 + request.requester().length(), json -> {
            json.writeStringField(KEY_REQUESTER, request.requester());
            json.writeNumberField(KEY_SINCE, request.sinceMicros());
        });
    }

    /** Decodes a request. Never throws. */
    public static PayloadResult<ResyncRequest> decode(byte[] json) {
        Map<String, Object> values = new HashMap<>();
        PayloadResult<ResyncRequest> rejected = PayloadChecks.readComplete(json, KEYS, ResyncRequestCodec::value,
                ResyncRequestCodec::expectedType, values);
        if (rejected != null) {
            return rejected;
        }
        return PayloadChecks.build(() -> new ResyncRequest((String) values.get(KEY_REQUESTER),
                PayloadChecks.toLong(KEY_SINCE, (BigInteger) values.get(KEY_SINCE))));
    }

    /** Returns the value of {@code key}, or null when the token has the wrong type. */
    private static Object value(JsonParser parser, String key, JsonToken token) throws IOException {
        return switch (key) {
            case KEY_VERSION, KEY_SINCE -> token == JsonToken.VALUE_NUMBER_INT ? parser.getBigIntegerValue() : null;
            default -> token == JsonToken.VALUE_STRING ? parser.getText() : null;
        };
    }

    private static String expectedType(String key) {
        return KEY_REQUESTER.equals(key) ? "a string" : "an integer";
    }
}
