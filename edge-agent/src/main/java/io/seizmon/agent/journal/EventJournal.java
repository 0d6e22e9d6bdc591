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
import io.seizmon.core.wire.AlertEvent;
import io.seizmon.core.wire.AlertEventCodec;
import io.seizmon.core.wire.PayloadResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * An append-only file of events ({@code <directory>/events.journal}) that survives crashes.
 *
 * <ul>
 *   <li>{@link #append} writes the event and forces it to disk before it returns: publish only after it.</li>
 *   <li>{@link #markSent} records the broker's acknowledgement (not forced: a crash before the mark reaches the
 *       disk republishes the event once more, with the same id, which consumers drop).</li>
 *   <li>{@link #unsent} lists, in append order, the events still to be (re)published: after {@link #open} those
 *       of earlier runs.</li>
 *   <li>Sent events are kept for a retention window so that a consumer's resync request can have them published
 *       again ({@link #since}, {@code docs/topics.md} "Resync request payload"): a broker acknowledgement does not
 *       mean a consumer got the event.</li>
 *   <li>Compaction: on open, and whenever {@code compactAfterSent} events were marked sent since the last one,
 *       the file is rewritten with the unsent events and the sent events still retained (to a temporary file,
 *       forced, then atomically moved over the journal). A sent event is dropped when its {@code published_us}
 *       is older than the retention, or, oldest first, while there are more than {@code maxEntries} events; an
 *       entry whose payload is not an alert ({@link AlertEventCodec}) has no {@code published_us} and is dropped as
 *       soon as it is sent. Unsent events are never dropped.</li>
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
    /** Default retention of sent events. */
    public static final Duration DEFAULT_RETENTION = Duration.ofHours(24);
    /** Default bound on the events kept (sent and unsent). */
    public static final int DEFAULT_MAX_ENTRIES = 100_000;

    private final Path file;
    private final int compactAfterSent;
    private final long retentionMicros;
    private final int maxEntries;
    private final LongSupplier wallMicros;
    private final Map<String, JournalEntry> unsent = new LinkedHashMap<>();
    private final Map<String, JournalEntry> sent = new LinkedHashMap<>();
    private final int damagedLines;
    private FileChannel channel;
    private int sentSinceCompaction;

    private EventJournal(Path file, int compactAfterSent, Duration retention, int maxEntries, LongSupplier wallMicros,
                         int damagedLines) {
        this.file = file;
        this.compactAfterSent = compactAfterSent;
        this.retentionMicros = retention.toNanos() / 1000;
        this.maxEntries = maxEntries;
        this.wallMicros = wallMicros;
        this.damagedLines = damagedLines;
    }

    /** {@link #open(Path, int, Duration, int, LongSupplier)} with the default retention, bound and system clock. */
    public static EventJournal open(Path directory, int compactAfterSent) throws IOException {
        return open(directory, compactAfterSent, DEFAULT_RETENTION, DEFAULT_MAX_ENTRIES,
                () -> System.currentTimeMillis() * 1000);
    }

    /**
     * Opens (or creates) the journal in {@code directory}, reads what earlier runs left, and compacts.
     *
     * @param compactAfterSent sent marks between compactions, &ge; 1
     * @param retention        how long sent events are kept (by their {@code published_us}), &ge; 0
     * @param maxEntries       most events kept; sent ones beyond it are dropped oldest first, &ge; 1
     * @param wallMicros       the agent's wall clock, µs since the epoch (the time base of {@code published_us})
     * @throws IOException naming the file when it cannot be read or written
     */
    public static EventJournal open(Path directory, int compactAfterSent, Duration retention, int maxEntries,
                                    LongSupplier wallMicros) throws IOException {
        if (compactAfterSent < 1) {
            throw new IllegalArgumentException("compactAfterSent: " + compactAfterSent + " (expected: >= 1)");
        }
        if (retention.isNegative()) {
            throw new IllegalArgumentException("retention: " + retention + " (expected: >= 0)");
        }
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries: " + maxEntries + " (expected: >= 1)");
        }
        Files.createDirectories(directory);
        Path file = directory.resolve(FILE_NAME);
        Map<String, JournalEntry> unsent = new LinkedHashMap<>();
        Map<String, JournalEntry> sent = new LinkedHashMap<>();
        int damaged = Files.exists(file) ? read(file, unsent, sent) : 0;
        EventJournal journal = new EventJournal(file, compactAfterSent, retention, maxEntries, wallMicros, damaged);
        journal.unsent.putAll(unsent);
        journal.sent.putAll(sent);
        journal.compact();
        return journal;
    }

    private static int read(Path file, Map<String, JournalEntry> unsent, Map<String, JournalEntry> sent)
            throws IOException {
        int damaged = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = reader.readLine()) != null; ) {
                String[] fields = JournalLines.parse(line);
                JournalEntry entry = fields != null && fields.length == 4 ? JournalLines.entry(fields) : null;
                if (entry != null) {
                    sent.remove(entry.id());
                    unsent.put(entry.id(), entry);
                } else if (fields != null && fields.length == 2) {
                    JournalEntry marked = unsent.remove(fields[1]);
                    if (marked != null) {
                        sent.put(marked.id(), marked);
                    }
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
        sent.remove(entry.id());
        unsent.put(entry.id(), entry);
    }

    /**
     * Writes several events with one force to the disk (a group commit): the events are durable when it returns.
     *
     * @throws UncheckedIOException naming the file when the disk refuses the write
     */
    public synchronized void appendAll(Collection<JournalEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        StringBuilder lines = new StringBuilder();
        entries.forEach(e -> lines.append(JournalLines.appended(e)));
        write(lines.toString(), true);
        entries.forEach(e -> {
            sent.remove(e.id());
            unsent.put(e.id(), e);
        });
    }

    /** Records that the broker acknowledged the event; returns false when it was not unsent (already marked). */
    public synchronized boolean markSent(String id) {
        JournalEntry entry = unsent.remove(id);
        if (entry == null) {
            return false;
        }
        sent.put(id, entry);
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

    /**
     * The events kept, sent or not, whose {@code published_us} is at or after {@code sinceMicros}, oldest
     * {@code published_us} first (a copy): what a resync request republishes.
     */
    public synchronized List<JournalEntry> since(long sinceMicros) {
        List<JournalEntry> found = new ArrayList<>();
        for (Map<String, JournalEntry> map : List.of(sent, unsent)) {
            map.values().stream().filter(e -> publishedMicros(e) >= sinceMicros).forEach(found::add);
        }
        found.sort(Comparator.comparingLong(EventJournal::publishedMicros));
        return found;
    }

    /** Number of sent events kept for resync requests. */
    public synchronized int retained() {
        return sent.size();
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

    /** The event's {@code published_us}, or {@link Long#MIN_VALUE} when the payload is not an alert. */
    static long publishedMicros(JournalEntry entry) {
        return AlertEventCodec.decode(entry.payload()) instanceof PayloadResult.Decoded<?> decoded
                && decoded.value() instanceof AlertEvent event
                ? event.publishedMicros() : Long.MIN_VALUE;
    }

    private void dropExpired() {
        long oldestMicros = wallMicros.getAsLong() - retentionMicros;
        sent.values().removeIf(e -> publishedMicros(e) < oldestMicros);
        Iterator<JournalEntry> oldestFirst = sent.values().iterator();
        while (sent.size() + unsent.size() > maxEntries && oldestFirst.hasNext()) {
            oldestFirst.next();
            oldestFirst.remove();
        }
    }

    private void compact() throws IOException {
        if (channel != null) {
            channel.close();
        }
        dropExpired();
        Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
        try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            for (JournalEntry entry : sent.values()) {
                String lines = JournalLines.appended(entry) + JournalLines.sent(entry.id());
                out.write(ByteBuffer.wrap(lines.getBytes(StandardCharsets.UTF_8)));
            }
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
