package io.seizmon.core.wire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

/**
 * The golden vectors in {@code src/test/resources/wire/}, written by {@code make_vectors.py} independently of
 * the Java codecs, and the frames they hold.
 */
final class WireVectors {

    /** The frame in {@code float32-2ch.hex} and {@code float32-2ch.json}. */
    static final EegFrame FLOAT32_FRAME = new EegFrame("cage-07", false, 42, 1_700_000_000_000_000L, 250.0, 2, 3,
            new float[] {1.5f, -2.25f, 0.0f, 100.0f, -0.5f, 12.125f});

    /** The frame in {@code int16-2ch.hex}, in µV: raw {2, -4, -32768, 32767} under {@link #INT16_SCALINGS}. */
    static final EegFrame INT16_FRAME = new EegFrame("rat-1", true, 7, 1_700_000_000_004_000L, 1000.0, 2, 2,
            new float[] {1.0f, -11.0f, -16384.0f, 8181.75f});

    /** The per-channel scalings of {@code int16-2ch.hex}. */
    static final List<ChannelScaling> INT16_SCALINGS = List.of(new ChannelScaling(0.5f, 0f),
            new ChannelScaling(0.25f, -10f));

    private WireVectors() {
    }

    /** Returns the bytes of an annotated hex file: '#' starts a comment, whitespace separates bytes. */
    static byte[] hex(String name) {
        StringBuilder digits = new StringBuilder();
        for (String line : text(name).split("\n")) {
            int comment = line.indexOf('#');
            digits.append((comment < 0 ? line : line.substring(0, comment)).replaceAll("\\s", ""));
        }
        return HexFormat.of().parseHex(digits);
    }

    /** Returns a resource under {@code wire/} as UTF-8 text. */
    static String text(String name) {
        try (InputStream in = WireVectors.class.getResourceAsStream("/wire/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("resource: /wire/" + name + " (expected: present on the classpath)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
