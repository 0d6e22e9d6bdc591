package io.seizmon.core.wire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Reads the small JSON payloads (stream metadata, truth events, alerts, scores, agent status) the same way: exactly
 * one flat object, only known keys, each once, each of its type, {@code "v"} checked as soon as it is read. Never
 * throws on bad input. Writes every JSON payload (frames too) the same way: {@code "v"} first.
 */
final class JsonFlatObject {

    /** How a payload failed: reported by the codecs as their {@code Rejected(reason, detail)}. */
    record Problem(RejectReason reason, String detail) {
    }

    /** Reads the value of {@code key} at {@code token}; returns null when the token has the wrong type. */
    interface ValueReader {
        Object read(JsonParser parser, String key, JsonToken token) throws IOException;
    }

    /** Writes the fields of one object that follow its {@code "v"}. */
    interface FieldWriter {
        void write(JsonGenerator json) throws IOException;
    }

    private JsonFlatObject() {
    }

    /**
     * Returns one UTF-8 JSON object, no whitespace: {@code "v":1} first, then what {@code fields} writes.
     *
     * @param expectedBytes the initial buffer size, bytes
     */
    static byte[] write(int expectedBytes, FieldWriter fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(expectedBytes);
        try (JsonGenerator json = JsonFrameCodec.FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeNumberField("v", FrameCodec.VERSION);
            fields.write(json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory failed", e);
        }
        return out.toByteArray();
    }

    /**
     * Reads {@code json} into {@code values}.
     *
     * @param keys         the allowed keys; {@code "v"} must be among them
     * @param reader       reads one value by key
     * @param expectedType names the expected type of a key, for the detail of a wrong type
     * @return null when the object was read, else the problem ({@code MALFORMED_JSON} or {@code UNSUPPORTED_VERSION})
     */
    static Problem read(byte[] json, Collection<String> keys, ValueReader reader, UnaryOperator<String> expectedType,
                        Map<String, Object> values) {
        if (json == null) {
            return malformed("payload: null (expected: a JSON object)");
        }
        try (JsonParser parser = JsonFrameCodec.FACTORY.createParser(json)) {
            return readObject(parser, keys, reader, expectedType, values);
        } catch (JsonProcessingException e) {
            return malformed("JSON: " + e.getOriginalMessage() + " at char offset "
                    + (e.getLocation() == null ? "?" : e.getLocation().getCharOffset()));
        } catch (IOException e) {
            return malformed("JSON: " + e);
        }
    }

    private static Problem readObject(JsonParser parser, Collection<String> keys, ValueReader reader,
                                      UnaryOperator<String> expectedType, Map<String, Object> values)
            throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return malformed("root: " + parser.currentToken() + " (expected: a JSON object)");
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken token = parser.nextToken();
            if (!keys.contains(key)) {
                return malformed("\"" + key + "\": unknown key (expected one of " + keys + ")");
            }
            Object value = reader.read(parser, key, token);
            if (value == null) {
                return malformed("\"" + key + "\": " + token + " (expected: " + expectedType.apply(key) + ")");
            }
            if (values.put(key, value) != null) {
                return malformed("\"" + key + "\": duplicate key (expected: once)");
            }
            if (key.equals("v") && !BigInteger.valueOf(FrameCodec.VERSION).equals(value)) {
                return new Problem(RejectReason.UNSUPPORTED_VERSION, "\"v\": " + value + " (expected: "
                        + FrameCodec.VERSION + ")");
            }
        }
        if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
            return malformed("object: followed or ended by " + parser.currentToken() + " (expected: one object)");
        }
        return null;
    }

    private static Problem malformed(String detail) {
        return new Problem(RejectReason.MALFORMED_JSON, detail);
    }

    /**
     * Returns the strings of the array the parser has just entered, or null if an element is not a string or there
     * are more than {@code maxCount}.
     */
    static List<String> readStrings(JsonParser parser, int maxCount) throws IOException {
        List<String> strings = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.VALUE_STRING && strings.size() < maxCount) {
            strings.add(parser.getText());
        }
        return token == JsonToken.END_ARRAY ? strings : null;
    }

    /**
     * Returns the numbers of the array the parser has just entered, {@code null} elements as NaN, or null if an
     * element is neither or there are more than {@code maxCount}.
     */
    static double[] readNumbersOrNulls(JsonParser parser, int maxCount) throws IOException {
        double[] numbers = new double[Math.min(maxCount, 64)];
        int count = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != null && (token.isNumeric() || token == JsonToken.VALUE_NULL)
                && count < maxCount) {
            if (count == numbers.length) {
                numbers = Arrays.copyOf(numbers, Math.min(maxCount, 2 * count));
            }
            numbers[count++] = token == JsonToken.VALUE_NULL ? Double.NaN : parser.getDoubleValue();
        }
        return token == JsonToken.END_ARRAY ? Arrays.copyOf(numbers, count) : null;
    }

    static void writeStrings(JsonGenerator json, String key, List<String> strings) throws IOException {
        json.writeArrayFieldStart(key);
        for (String s : strings) {
            json.writeString(s);
        }
        json.writeEndArray();
    }

    /** Writes a number, or {@code null} for NaN. */
    static void writeNumberOrNull(JsonGenerator json, double value) throws IOException {
        if (Double.isNaN(value)) {
            json.writeNull();
        } else {
            json.writeNumber(value);
        }
    }
}
