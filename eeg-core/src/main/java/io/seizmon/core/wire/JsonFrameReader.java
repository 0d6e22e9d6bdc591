package io.seizmon.core.wire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * Reads JSON v1 frames; {@link JsonFrameCodec} is its public face. Syntax, key types, duplicate keys, the shape
 * of {@code samples} and size limits are checked while reading; the rest after the object is complete, in the
 * order documented in {@code docs/wire-format.md}. Never throws on any input. One instance per call.
 */
final class JsonFrameReader {

    private static final String[] KEYS = {JsonFrameCodec.KEY_VERSION, JsonFrameCodec.KEY_SUBJECT,
        JsonFrameCodec.KEY_SIMULATED, JsonFrameCodec.KEY_SEQUENCE, JsonFrameCodec.KEY_FIRST_SAMPLE,
        JsonFrameCodec.KEY_RATE, JsonFrameCodec.KEY_CHANNELS, JsonFrameCodec.KEY_SAMPLES};

    private static final int VERSION = 0;
    private static final int SUBJECT = 1;
    private static final int SIMULATED = 2;
    private static final int SEQUENCE = 3;
    private static final int FIRST_SAMPLE = 4;
    private static final int RATE = 5;
    private static final int CHANNELS = 6;

    private final JsonParser parser;
    private int seenKeys;
    private String unknownKey;
    private String subjectId;
    private boolean simulated;
    private BigInteger sequence;
    private BigInteger firstSampleMicros;
    private double sampleRateHz;
    private BigInteger channels;
    private float[] samples = new float[64];
    private int sampleCount;
    private int rows;
    private int width = -1;
    private int firstNonFinite = -1;

    private JsonFrameReader(JsonParser parser) {
        this.parser = parser;
    }

    static PayloadResult<EegFrame> read(byte[] json, String expectedSubjectId, boolean expectedSimulated) {
        if (json == null) {
            return malformed("payload: null (expected: a JSON object)");
        }
        try (JsonParser parser = JsonFrameCodec.FACTORY.createParser(json)) {
            JsonFrameReader reader = new JsonFrameReader(parser);
            PayloadResult<EegFrame> rejected = reader.readObject();
            return rejected != null ? rejected : reader.validate(expectedSubjectId, expectedSimulated);
        } catch (JsonProcessingException e) {
            return malformed("JSON: " + e.getOriginalMessage() + " at char offset "
                    + (e.getLocation() == null ? "?" : e.getLocation().getCharOffset()));
        } catch (IOException e) {
            return malformed("JSON: " + e);
        }
    }

    /** Reads the one root object; returns a rejection found while reading, or null. */
    private PayloadResult<EegFrame> readObject() throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return malformed("root: " + parser.currentToken() + " (expected: a JSON object)");
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int index = Arrays.asList(KEYS).indexOf(key);
            JsonToken token = parser.nextToken();
            if (index < 0) {
                unknownKey = unknownKey == null ? key : unknownKey;
                parser.skipChildren();
                continue;
            }
            if ((seenKeys & (1 << index)) != 0) {
                return malformed("\"" + key + "\": duplicate key (expected: once)");
            }
            seenKeys |= 1 << index;
            PayloadResult<EegFrame> rejected = readValue(index, token);
            if (rejected != null) {
                return rejected;
            }
        }
        if (parser.currentToken() != JsonToken.END_OBJECT) {
            return malformed("object: ended by " + parser.currentToken() + " (expected: '}')");
        }
        if (parser.nextToken() != null) {
            return malformed("trailing content after the object: " + parser.currentToken());
        }
        return null;
    }

    private PayloadResult<EegFrame> readValue(int index, JsonToken token) throws IOException {
        String key = KEYS[index];
        switch (index) {
            case VERSION, SEQUENCE, FIRST_SAMPLE, CHANNELS -> {
                if (token != JsonToken.VALUE_NUMBER_INT) {
                    return wrongType(key, token, "an integer");
                }
                BigInteger value = parser.getBigIntegerValue();
                if (index == VERSION && !value.equals(BigInteger.valueOf(FrameCodec.VERSION))) {
                    return unsupportedVersion(value);
                }
                if (index == SEQUENCE) {
                    sequence = value;
                } else if (index == FIRST_SAMPLE) {
                    firstSampleMicros = value;
                } else if (index == CHANNELS) {
                    channels = value;
                }
            }
            case SUBJECT -> {
                if (token != JsonToken.VALUE_STRING) {
                    return wrongType(key, token, "a string");
                }
                subjectId = parser.getText();
            }
            case SIMULATED -> {
                if (!token.isBoolean()) {
                    return wrongType(key, token, "true or false");
                }
                simulated = token == JsonToken.VALUE_TRUE;
            }
            case RATE -> {
                if (!token.isNumeric()) {
                    return wrongType(key, token, "a number");
                }
                sampleRateHz = parser.getDoubleValue();
            }
            default -> {
                return readSamples(token);
            }
        }
        return null;
    }

    private PayloadResult<EegFrame> readSamples(JsonToken token) throws IOException {
        if (token != JsonToken.START_ARRAY) {
            return wrongType(JsonFrameCodec.KEY_SAMPLES, token, "an array of rows");
        }
        while ((token = parser.nextToken()) == JsonToken.START_ARRAY) {
            if (rows == FrameLimits.MAX_SAMPLES_PER_CHANNEL) {
                return new PayloadResult.Rejected<>(RejectReason.BAD_HEADER_FIELD, "samples: more than "
                        + FrameLimits.MAX_SAMPLES_PER_CHANNEL + " rows (expected: 1.."
                        + FrameLimits.MAX_SAMPLES_PER_CHANNEL + ")");
            }
            int rowStart = sampleCount;
            while ((token = parser.nextToken()) != null && token.isNumeric()) {
                if (sampleCount == FrameLimits.MAX_TOTAL_SAMPLES) {
                    return new PayloadResult.Rejected<>(RejectReason.BAD_HEADER_FIELD, "samples: more than "
                            + FrameLimits.MAX_TOTAL_SAMPLES + " values (expected: <= " + FrameLimits.MAX_TOTAL_SAMPLES
                            + ")");
                }
                append(Float.parseFloat(parser.getText()));
            }
            if (token != JsonToken.END_ARRAY) {
                return wrongType("samples[" + rows + "][" + (sampleCount - rowStart) + "]", token, "a number");
            }
            int rowWidth = sampleCount - rowStart;
            if (width < 0) {
                width = rowWidth;
            } else if (rowWidth != width) {
                return malformed("samples[" + rows + "]: " + rowWidth + " values (expected: " + width
                        + " as in samples[0])");
            }
            rows++;
        }
        return token == JsonToken.END_ARRAY ? null : wrongType("samples[" + rows + "]", token, "a row array");
    }

    private void append(float value) {
        if (sampleCount == samples.length) {
            samples = Arrays.copyOf(samples, Math.min(FrameLimits.MAX_TOTAL_SAMPLES, samples.length * 2));
        }
        if (firstNonFinite < 0 && !Float.isFinite(value)) {
            firstNonFinite = sampleCount;
        }
        samples[sampleCount++] = value;
    }

    /** Checks the complete object; returns the frame or the first failing check. */
    private PayloadResult<EegFrame> validate(String expectedSubjectId, boolean expectedSimulated) {
        if (unknownKey != null) {
            return malformed("\"" + unknownKey + "\": unknown key (expected one of " + Arrays.toString(KEYS) + ")");
        }
        for (int i = 0; i < KEYS.length; i++) {
            if ((seenKeys & (1 << i)) == 0) {
                return malformed("\"" + KEYS[i] + "\": missing (expected: every key of " + Arrays.toString(KEYS) + ")");
            }
        }
        String problem = JsonFields.checkUnsigned64(JsonFrameCodec.KEY_SEQUENCE, sequence);
        if (problem == null) {
            problem = JsonFields.checkSigned64(JsonFrameCodec.KEY_FIRST_SAMPLE, firstSampleMicros);
        }
        if (problem == null) {
            problem = FrameLimits.checkSampleRate(sampleRateHz);
        }
        if (problem == null) {
            problem = FrameLimits.checkChannelCount(JsonFields.clamp(channels));
        }
        if (problem == null) {
            problem = FrameLimits.checkSamplesPerChannel(rows);
        }
        if (problem == null && width != channels.intValue()) {
            problem = "samples[0]: " + width + " values (expected: channels = " + channels + ")";
        }
        if (problem != null) {
            return new PayloadResult.Rejected<>(RejectReason.BAD_HEADER_FIELD, problem);
        }
        PayloadResult<EegFrame> mismatch = Rejections.checkSubject(subjectId, simulated, expectedSubjectId,
                expectedSimulated);
        if (mismatch != null) {
            return mismatch;
        }
        if (firstNonFinite >= 0) {
            return new PayloadResult.Rejected<>(RejectReason.NON_FINITE_SAMPLE, "samples[" + firstNonFinite / width
                    + "][" + firstNonFinite % width + "]: " + samples[firstNonFinite]
                    + " (expected: finite in float32)");
        }
        return new PayloadResult.Decoded<>(new EegFrame(subjectId, simulated, sequence.longValue(),
                firstSampleMicros.longValue(), sampleRateHz, width, rows, Arrays.copyOf(samples, sampleCount)));
    }

    private PayloadResult<EegFrame> unsupportedVersion(BigInteger value) {
        return new PayloadResult.Rejected<>(RejectReason.UNSUPPORTED_VERSION, "\"v\": " + value
                + " (expected: " + FrameCodec.VERSION + ")");
    }

    private static PayloadResult<EegFrame> wrongType(String key, JsonToken token, String expected) {
        return malformed("\"" + key + "\": " + token + " (expected: " + expected + ")");
    }

    private static PayloadResult<EegFrame> malformed(String detail) {
        return new PayloadResult.Rejected<>(RejectReason.MALFORMED_JSON, detail);
    }
}
