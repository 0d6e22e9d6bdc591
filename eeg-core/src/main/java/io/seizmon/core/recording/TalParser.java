package io.seizmon.core.recording;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses the time-stamped annotation lists (TALs) of one annotation signal in one data record (EDF+ section 2.2):
 * {@code [+-]onset [0x15 duration] 0x14 text 0x14 [text 0x14 ...] 0x00}, repeated, the rest padded with 0x00.
 * Texts are UTF-8. Empty texts (such as the time-keeping TAL's) yield no annotation.
 */
final class TalParser {

    private static final Pattern ONSET = Pattern.compile("[+-]\\d+(\\.\\d*)?");
    private static final Pattern DURATION = Pattern.compile("\\d+(\\.\\d*)?");
    private static final byte TAL_END = 0;
    private static final byte TEXT_END = 0x14;
    private static final byte DURATION_START = 0x15;

    private TalParser() {
    }

    /**
     * Returns the onset of the first TAL in {@code bytes[off, off + len)}, the time-keeping TAL of a record's
     * first annotation signal.
     *
     * @throws EdfFormatException when the bytes do not start with a TAL
     */
    static double firstOnset(Path file, byte[] bytes, int off, int len, long fileOffset) throws EdfFormatException {
        int end = indexOf(bytes, off, off + len, TEXT_END);
        int durationAt = indexOf(bytes, off, end, DURATION_START);
        if (end == off + len) {
            throw new EdfFormatException(file, fileOffset, "time-keeping TAL", "no TAL at the start of the record's "
                    + "annotation signal (found '" + ascii(bytes, off, Math.min(len, 20)) + "')");
        }
        return onset(file, bytes, off, durationAt, fileOffset);
    }

    /** Parses every TAL in {@code bytes[off, off + len)}, adding one annotation per non-empty text to {@code out}. */
    static void parse(Path file, byte[] bytes, int off, int len, long fileOffset, List<Annotation> out)
            throws EdfFormatException {
        int limit = off + len;
        int pos = off;
        while (pos < limit) {
            if (bytes[pos] == TAL_END) {
                pos++;
                continue;
            }
            int end = indexOf(bytes, pos, limit, TAL_END);
            long at = fileOffset + (pos - off);
            if (end == limit) {
                throw new EdfFormatException(file, at, "annotation TAL", "not terminated by 0x00 before the end of "
                        + "the annotation signal");
            }
            parseTal(file, bytes, pos, end, at, out);
            pos = end + 1;
        }
    }

    private static void parseTal(Path file, byte[] bytes, int start, int end, long at, List<Annotation> out)
            throws EdfFormatException {
        int stampEnd = indexOf(bytes, start, end, TEXT_END);
        if (stampEnd == end || bytes[end - 1] != TEXT_END) {
            throw new EdfFormatException(file, at, "annotation TAL", "'" + ascii(bytes, start, end - start)
                    + "' (expected: onset, 0x14, texts each ended by 0x14)");
        }
        int durationAt = indexOf(bytes, start, stampEnd, DURATION_START);
        double onset = onset(file, bytes, start, durationAt, at);
        double duration = Double.NaN;
        if (durationAt < stampEnd) {
            String value = ascii(bytes, durationAt + 1, stampEnd - durationAt - 1);
            if (!DURATION.matcher(value).matches()) {
                throw new EdfFormatException(file, at + durationAt + 1 - start, "annotation duration",
                        "'" + value + "' (expected: unsigned decimal seconds)");
            }
            duration = Double.parseDouble(value);
        }
        int textStart = stampEnd + 1;
        while (textStart < end) {
            int textEnd = indexOf(bytes, textStart, end, TEXT_END);
            if (textEnd > textStart) {
                out.add(new Annotation(onset, duration,
                        new String(bytes, textStart, textEnd - textStart, StandardCharsets.UTF_8)));
            }
            textStart = textEnd + 1;
        }
    }

    private static double onset(Path file, byte[] bytes, int start, int end, long at) throws EdfFormatException {
        String value = ascii(bytes, start, end - start);
        if (!ONSET.matcher(value).matches()) {
            throw new EdfFormatException(file, at, "annotation onset", "'" + value
                    + "' (expected: '+' or '-' followed by decimal seconds)");
        }
        return Double.parseDouble(value);
    }

    private static int indexOf(byte[] bytes, int from, int to, byte value) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return to;
    }

    private static String ascii(byte[] bytes, int off, int len) {
        StringBuilder sb = new StringBuilder(len);
        for (int i = off; i < off + len; i++) {
            int b = bytes[i] & 0xFF;
            sb.append(b >= 0x20 && b < 0x7F ? (char) b : String.format("\\x%02x", b));
        }
        return sb.toString();
    }
}
