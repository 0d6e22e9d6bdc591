package io.seizmon.agent.recording;

import io.seizmon.core.recording.EdfPlusWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recording directory's housekeeping: leftovers of a crash made readable at start, and retention (age, then
 * total size). Only closed files ({@code *.edf}) are ever deleted; open ones ({@code *.edf.part}) count towards the
 * total but stay. Threading: the {@code recording-writer} thread (and the constructor of {@link EdfRecorder}).
 */
final class RecordingDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(RecordingDirectory.class);

    private final Path directory;
    private final long maxTotalBytes;
    private final long retentionMillis;
    private final LongSupplier wallMillis;
    private final RecordingStats stats;
    private boolean warnedOverOpen;

    RecordingDirectory(RecordingSettings settings, LongSupplier wallMillis, RecordingStats stats) {
        this.directory = settings.directory();
        this.maxTotalBytes = settings.maxTotalBytes();
        this.retentionMillis = settings.retention().toMillis();
        this.wallMillis = wallMillis;
        this.stats = stats;
    }

    /**
     * Finishes every {@code .edf.part} left by a run that did not stop cleanly: the complete records are kept (the
     * header gets their count) and the file is renamed to {@code .edf}; a file without a complete record is
     * deleted; one whose header is unreadable is renamed to {@code .edf.part.damaged} and kept.
     *
     * @return the number of files made readable
     */
    int recoverLeftovers() throws IOException {
        int recovered = 0;
        for (Path part : list(StreamFile.PART_SUFFIX)) {
            String name = part.getFileName().toString();
            Path target = part.resolveSibling(name.substring(0, name.length() - StreamFile.PART_SUFFIX.length()));
            try {
                long records = EdfPlusWriter.finishInterrupted(part);
                if (records == 0) {
                    Files.delete(part);
                    LOG.info("recording {}: no complete record after an unclean stop, deleted", part);
                    continue;
                }
                Files.move(part, Files.exists(target) ? part.resolveSibling(name + ".recovered.edf") : target,
                        StandardCopyOption.ATOMIC_MOVE);
                LOG.info("recording {}: finished after an unclean stop, {} s kept", target, records);
                recovered++;
            } catch (IOException e) {
                Files.move(part, part.resolveSibling(name + ".damaged"), StandardCopyOption.ATOMIC_MOVE);
                LOG.warn("recording {}: unreadable after an unclean stop, kept as .damaged: {}", part, e.getMessage());
            }
        }
        return recovered;
    }

    /** Deletes closed files older than the retention, then the oldest closed files while the total is too large. */
    void enforceRetention() throws IOException {
        long now = wallMillis.getAsLong();
        List<Path> closed = new ArrayList<>();
        for (Path file : list(".edf")) {
            if (now - Files.getLastModifiedTime(file).toMillis() > retentionMillis) {
                delete(file, "older than the retention");
            } else {
                closed.add(file);
            }
        }
        long total = 0;
        for (Path file : closed) {
            total += Files.size(file);
        }
        for (Path file : list(StreamFile.PART_SUFFIX)) {
            total += Files.size(file);
        }
        closed.sort(Comparator.comparingLong(RecordingDirectory::modifiedMillis).thenComparing(Path::toString));
        for (int i = 0; i < closed.size() && total > maxTotalBytes; i++) {
            total -= Files.size(closed.get(i));
            delete(closed.get(i), "the recordings exceed max-total-size");
        }
        if (total > maxTotalBytes && !warnedOverOpen) {
            LOG.warn("recordings in {}: {} bytes in open files exceed max-total-size ({} bytes); open files are "
                    + "never deleted", directory, total, maxTotalBytes);
        }
        warnedOverOpen = total > maxTotalBytes;
    }

    private void delete(Path file, String why) throws IOException {
        Files.deleteIfExists(file);
        stats.filesDeleted.incrementAndGet();
        LOG.info("recording {} deleted: {}", file, why);
    }

    private List<Path> list(String suffix) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix) && Files.isRegularFile(f)).toList();
        }
    }

    private static long modifiedMillis(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }
}
