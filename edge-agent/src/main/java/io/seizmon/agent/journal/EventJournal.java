package io.seizmon.agent.journal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An append-only file of events ({@code <directory>/events.journal}) that survives crashes.
 *
 * <ul>
 *   <li>{@link #append} writes the event and forces it to disk before it returns: publish only after it.</li>
 *   <li>{@link #markSent} records the broker's acknowledgement (not forced: a crash before the mark reaches the
 *       disk republishes the event once more, with the same id, which consumers drop).</li>
 *   <li>{@link #unsent} lists, in append order, the events still to be (re)published: after {@link #open} those
 *       of earlier runs.</li>
 *   <li>Compaction: on open, and whenever {@code compactAfterSent} events were marked sent since the last one,
 *       the file is rewritten with only the unsent events (to a temporary file, forced, then atomically moved
 *       over the journal), so its size is bounded by the backlog.</li>
 *   <li>Damage: a line cut short by a crash (or otherwise not matching its CRC-32C) is skipped and counted
 *       ({@link #damagedLines}); the lines after it still count.</li>
 * </ul>
 * Thread-safe: the pipeline thread appends while the MQTT threads mark and replay.
 */
public final class EventJournal implements AutoCloseable {

    /** The journal file's name inside its directory. */
    public static final String FILE_NAME = "events.journal";
    /** Default number of sent marks between compactions. */
    public static final int DEFAULT_COMPACT_AFTER_SENT = 1000;

    private final Path file;
    private final int compactAfterSent;
    private final Map<String, JournalEntry> unsent = new LinkedHashMap<>();
    private final int damagedLines;
    private FileChannel channel;
    private int sentSinceCompaction;

    private EventJournal(Path file, int compactAfterSent, int damagedLines) {
        this.file = file;
        this.compactAfterSent = compactAfterSent;
        this.damagedLines = damagedLines;
    }

    /**
     * Opens (or creates) the journal in {@code directory}, reads what earlier runs left unsent, and compacts.
     *
     * @throws IOException naming the file when it cannot be read or written
     */
    public static EventJournal open(Path directory, int compactAfterSent) throws IOException {
        if (compactAfterSent < 1) {
            throw new IllegalArgumentException("compactAfterSent: " + compactAfterSent + " (expected: >= 1)");
        }
        Files.createDirectories(directory);
        Path file = directory.resolve(FILE_NAME);
        Map<String, JournalEntry> found = new LinkedHashMap<>();
        int damaged = Files.exists(file) ? read(file, found) : 0;
        EventJournal journal = new EventJournal(file, compactAfterSent, damaged);
        journal.unsent.putAll(found);
        journal.compact();
        return journal;
    }

    private static int read(Path file, Map<String, JournalEntry> unsent) throws IOException {
        int damaged = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = reader.readLine()) != null; ) {
                String[] fields = JournalLines.parse(line);
                JournalEntry entry = fields != null && fields.length == 4 ? JournalLines.entry(fields) : null;
                if (entry != null) {
                    unsent.put(entry.id(), entry);
                } else if (fields != null && fields.length == 2) {
                    unsent.remove(fields[1]);
                } else {
                    damaged++;
                }
            }
        } catch (IOException e) {
            throw new IOException(file + ": cannot read the journal: " + e.getMessage(), e);
        }
        return damaged;
    }

    /**
     * Writes the event and forces it to the disk. An entry with the id of an unsent one replaces it.
     *
     * @throws UncheckedIOException naming the file when the disk refuses the write: the event must not be published
     */
    public synchronized void append(JournalEntry entry) {
        write(JournalLines.appended(entry), true);
        unsent.put(entry.id(), entry);
    }

    /** Records that the broker acknowledged the event; returns false when it was not unsent (already marked). */
    public synchronized boolean markSent(String id) {
        if (unsent.remove(id) == null) {
            return false;
        }
        write(JournalLines.sent(id), false);
        if (++sentSinceCompaction >= compactAfterSent) {
            try {
                compact();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return true;
    }

    /** The events not yet acknowledged, oldest first (a copy). */
    public synchronized List<JournalEntry> unsent() {
        return new ArrayList<>(unsent.values());
    }

    /** Number of events not yet acknowledged. */
    public synchronized int backlog() {
        return unsent.size();
    }

    /** Lines of earlier runs skipped as damaged when the journal was opened. */
    public int damagedLines() {
        return damagedLines;
    }

    /** The journal file. */
    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }

    private void write(String line, boolean force) {
        try {
            ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            if (force) {
                channel.force(false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write the journal: " + e.getMessage(), e);
        }
    }

    private void compact() throws IOException {
        if (channel != null) {
            channel.close();
        }
        Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
        try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            for (JournalEntry entry : unsent.values()) {
                out.write(ByteBuffer.wrap(JournalLines.appended(entry).getBytes(StandardCharsets.UTF_8)));
            }
            out.force(true);
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        sentSinceCompaction = 0;
    }
}
