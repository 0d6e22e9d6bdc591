package io.seizmon.systemtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32C;

/**
 * An independent reader of the agent's journal ({@code edge-agent/README.md}, "Journal"): tab-separated lines
 * {@code A id topic payload-base64 crc} (event written before its publish) and {@code S id crc} (acknowledged by the
 * broker), each ending with the CRC-32C of the rest as 8 hex digits. Lines with a wrong checksum are left out.
 *
 * @param appended ids of the events written, in file order
 * @param sent     ids marked sent
 */
record JournalFile(List<String> appended, Set<String> sent) {

    static JournalFile read(Path file) throws IOException {
        List<String> appended = new ArrayList<>();
        Set<String> sent = new LinkedHashSet<>();
        if (!Files.exists(file)) {
            return new JournalFile(appended, sent);
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int last = line.lastIndexOf('\t');
            if (last < 0 || !crc(line.substring(0, last)).equals(line.substring(last + 1))) {
                continue;
            }
            String[] fields = line.substring(0, last).split("\t", -1);
            if (fields.length == 4 && fields[0].equals("A")) {
                appended.add(fields[1]);
            } else if (fields.length == 2 && fields[0].equals("S")) {
                sent.add(fields[1]);
            }
        }
        return new JournalFile(List.copyOf(appended), Set.copyOf(sent));
    }

    /** Ids written and not (yet) acknowledged by the broker. */
    List<String> unsent() {
        return appended.stream().filter(id -> !sent.contains(id)).toList();
    }

    private static String crc(String body) {
        CRC32C crc = new CRC32C();
        crc.update(body.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().toHexDigits((int) crc.getValue());
    }
}
