package io.seizmon.agent.journal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.zip.CRC32C;

/**
 * The journal's line format, one record per line, fields separated by a tab, each line ending with the CRC-32C
 * (8 lowercase hex digits) of everything before its last tab:
 * <pre>
 * A &lt;id&gt; &lt;topic&gt; &lt;payload, base64&gt; &lt;crc&gt;    an event written before publishing
 * S &lt;id&gt; &lt;crc&gt;                                  the broker acknowledged the event
 * </pre>
 * A line that does not parse or whose checksum differs (a write cut short by a crash) is skipped.
 */
final class JournalLines {

    static final char APPENDED = 'A';
    static final char SENT = 'S';

    private JournalLines() {
    }

    static String appended(JournalEntry entry) {
        return withCrc(APPENDED + "\t" + entry.id() + "\t" + entry.topic() + "\t"
                + Base64.getEncoder().encodeToString(entry.payload()));
    }

    static String sent(String id) {
        return withCrc(SENT + "\t" + id);
    }

    /** Returns the fields of a valid line (without the checksum), or null for a damaged one. */
    static String[] parse(String line) {
        int last = line.lastIndexOf('\t');
        if (last < 0 || line.length() - last - 1 != 8 || !crc(line.substring(0, last)).equals(line.substring(last + 1))) {
            return null;
        }
        String[] fields = line.substring(0, last).split("\t", -1);
        boolean ok = fields.length == 4 && fields[0].equals(String.valueOf(APPENDED))
                || fields.length == 2 && fields[0].equals(String.valueOf(SENT));
        return ok ? fields : null;
    }

    /** Decodes the entry of a valid {@code A} line's fields, or null when its parts are invalid. */
    static JournalEntry entry(String[] fields) {
        try {
            return new JournalEntry(fields[1], fields[2], Base64.getDecoder().decode(fields[3]));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String withCrc(String body) {
        return body + "\t" + crc(body) + "\n";
    }

    private static String crc(String body) {
        CRC32C crc = new CRC32C();
        crc.update(body.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().toHexDigits((int) crc.getValue());
    }
}
