package io.seizmon.core.recording;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/** Encodes TALs (EDF+ section 2.2) for {@link EdfPlusWriter}. */
final class TalWriter {

    private TalWriter() {
    }

    /** Returns the time-keeping TAL {@code +onset 0x14 0x14 0x00} for a record starting at {@code onset}. */
    static byte[] timeKeeping(BigDecimal onsetSeconds) {
        return (signed(onsetSeconds) + "\u0014\u0014\u0000").getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Returns the TAL of one annotation: {@code +onset [0x15 duration] 0x14 text 0x14 0x00}.
     *
     * @throws IllegalArgumentException when the text holds a byte reserved by TALs (0x00, 0x14, 0x15)
     */
    static byte[] annotation(Annotation annotation) {
        String text = annotation.text();
        if (text.indexOf('\u0000') >= 0 || text.indexOf('\u0014') >= 0 || text.indexOf('\u0015') >= 0) {
            throw new IllegalArgumentException("annotation text: '" + text + "' (expected: no U+0000, U+0014, U+0015)");
        }
        StringBuilder tal = new StringBuilder(signed(BigDecimal.valueOf(annotation.onsetSeconds())));
        if (annotation.hasDuration()) {
            tal.append('\u0015').append(EdfFields.format(annotation.durationSeconds()));
        }
        tal.append('\u0014').append(text).append('\u0014').append('\u0000');
        return tal.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String signed(BigDecimal seconds) {
        String plain = seconds.stripTrailingZeros().toPlainString();
        if (plain.equals("-0")) {
            plain = "0";
        }
        return plain.startsWith("-") ? plain : "+" + plain;
    }
}
