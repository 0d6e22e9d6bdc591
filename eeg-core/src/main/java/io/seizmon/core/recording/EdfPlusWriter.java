package io.seizmon.core.recording;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * Streams an EDF+C file (16-bit): the spec's data signals followed by one {@code EDF Annotations} signal.
 *
 * <p>The header is written at open with {@code n_records = -1} (the EDF value for "recording in progress"), so a
 * file whose writer died is still readable up to its last complete record; {@link #close()} writes the real count.
 * Each {@link #writeRecord} writes one data record from one reused buffer: memory does not grow with the file.
 *
 * <p>Annotations: {@link #addAnnotation} queues an annotation; each record written carries its time-keeping TAL and
 * as many queued annotations as fit ({@link EdfWriterSpec#annotationBytesPerRecord()}), in the order added.
 * Annotations still queued at {@link #close()} go back into the free annotation space of records already written
 * (an annotation's onset is absolute, so any record may hold it); if even that is full, close fails naming how
 * many were lost. Readers should not rely on annotations being stored in onset order.
 *
 * <p>Samples: physical values are digitised as {@code round((x - physicalMin) / step) + digitalMin} and clipped to
 * the digital range. Not thread-safe: one thread owns a writer.
 */
public final class EdfPlusWriter implements AutoCloseable {

    private final Path file;
    private final EdfWriterSpec spec;
    private final FileChannel channel;
    private final int headerBytes;
    private final int recordBytes;
    private final int annotationOffset;
    private final ByteBuffer record;
    private final ArrayDeque<byte[]> pending = new ArrayDeque<>();
    private final BitSet timeKeepingOnly = new BitSet();
    private final BigDecimal recordDuration;
    private final BigDecimal startOffset;
    private long records;
    private boolean closed;

    private EdfPlusWriter(Path file, EdfWriterSpec spec, FileChannel channel, int headerBytes,
                          long startOffsetMicros) {
        this.file = file;
        this.startOffset = BigDecimal.valueOf(startOffsetMicros, 6);
        this.spec = spec;
        this.channel = channel;
        this.headerBytes = headerBytes;
        int dataBytes = 0;
        for (EdfSignalSpec s : spec.signals()) {
            dataBytes += 2 * s.samplesPerRecord();
        }
        this.annotationOffset = dataBytes;
        this.recordBytes = dataBytes + spec.annotationBytesPerRecord();
        this.record = ByteBuffer.allocate(recordBytes);
        this.recordDuration = new BigDecimal(EdfFields.format(spec.recordDurationSeconds()));
    }

    /** Creates (or truncates) {@code file} and writes its header. */
    public static EdfPlusWriter open(Path file, EdfWriterSpec spec) throws IOException {
        return open(file, spec, 0);
    }

    /**
     * Creates (or truncates) {@code file} and writes its header; the first data record starts
     * {@code startOffsetMicros} after the header's start time (whole seconds): EDF+'s sub-second start, written as
     * the onset of every record's time-keeping TAL ({@code offset + index x recordDuration}).
     *
     * @param startOffsetMicros 0 to 999,999 µs
     */
    public static EdfPlusWriter open(Path file, EdfWriterSpec spec, long startOffsetMicros) throws IOException {
        Objects.requireNonNull(spec, "spec");
        if (startOffsetMicros < 0 || startOffsetMicros >= 1_000_000) {
            throw new IllegalArgumentException("startOffsetMicros: " + startOffsetMicros
                    + " (expected: 0 to 999999)");
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        try {
            byte[] header = EdfHeaderWriter.header(spec, -1);
            writeFully(channel, ByteBuffer.wrap(header), 0);
            return new EdfPlusWriter(file, spec, channel, header.length, startOffsetMicros);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * Writes one data record. {@code physical[s]} holds at least {@code samplesPerRecord} values of data signal
     * {@code s}, in the spec's order and physical units; only the first {@code samplesPerRecord} are used.
     *
     * @throws IllegalArgumentException when the shape is wrong or a value is NaN (nothing is written then)
     */
    public void writeRecord(double[][] physical) throws IOException {
        requireOpen();
        List<EdfSignalSpec> signals = spec.signals();
        if (physical.length != signals.size()) {
            throw new IllegalArgumentException("physical.length: " + physical.length + " (expected: "
                    + signals.size() + " data signals)");
        }
        byte[] bytes = record.array();
        int pos = 0;
        for (int s = 0; s < signals.size(); s++) {
            pos = digitise(s, signals.get(s), physical[s], bytes, pos);
        }
        fillAnnotations(bytes, annotationOffset, records);
        writeFully(channel, ByteBuffer.wrap(bytes), headerBytes + records * (long) recordBytes);
        records++;
    }

    /**
     * Queues an annotation for the next records (see the class comment).
     *
     * @throws IllegalArgumentException when its TAL alone exceeds a record's annotation space, or its text holds a
     *                                  byte TALs reserve
     */
    public void addAnnotation(Annotation annotation) {
        requireOpen();
        byte[] tal = TalWriter.annotation(annotation);
        int room = spec.annotationBytesPerRecord() - EdfWriterSpec.TIME_KEEPING_RESERVE;
        if (tal.length > room) {
            throw new IllegalArgumentException("annotation: TAL of " + tal.length + " bytes for '"
                    + annotation.text() + "' (expected: at most " + room + "; raise annotationBytesPerRecord)");
        }
        pending.add(tal);
    }

    /** Returns the number of data records written so far. */
    public long recordCount() {
        return records;
    }

    private int digitise(int s, EdfSignalSpec sig, double[] values, byte[] dst, int pos) {
        int n = sig.samplesPerRecord();
        if (values.length < n) {
            throw new IllegalArgumentException("physical[" + s + "].length: " + values.length + " (expected: >= "
                    + n + ")");
        }
        double step = (sig.physicalMax() - sig.physicalMin()) / ((double) sig.digitalMax() - sig.digitalMin());
        for (int i = 0; i < n; i++, pos += 2) {
            double x = values[i];
            if (Double.isNaN(x)) {
                throw new IllegalArgumentException("physical[" + s + "][" + i + "]: NaN (expected: a number)");
            }
            long d = Math.round((x - sig.physicalMin()) / step) + sig.digitalMin();
            int digital = (int) Math.max(sig.digitalMin(), Math.min(sig.digitalMax(), d));
            dst[pos] = (byte) digital;
            dst[pos + 1] = (byte) (digital >> 8);
        }
        return pos;
    }

    /** Writes record {@code index}'s annotation signal at {@code dst[off]}: time-keeping TAL, queued TALs, zeros. */
    private void fillAnnotations(byte[] dst, int off, long index) {
        byte[] tk = TalWriter.timeKeeping(startOffset.add(recordDuration.multiply(BigDecimal.valueOf(index))));
        int end = off + spec.annotationBytesPerRecord();
        Arrays.fill(dst, off, end, (byte) 0);
        System.arraycopy(tk, 0, dst, off, tk.length);
        int pos = off + tk.length;
        boolean any = false;
        while (!pending.isEmpty() && pos + pending.peek().length <= end) {
            byte[] tal = pending.poll();
            System.arraycopy(tal, 0, dst, pos, tal.length);
            pos += tal.length;
            any = true;
        }
        timeKeepingOnly.set((int) Math.min(index, Integer.MAX_VALUE - 1), !any);
    }

    /**
     * Places annotations still queued into records that hold only their time-keeping TAL, writes the record count
     * into the header and closes the file. Idempotent.
     *
     * @throws IOException when queued annotations did not fit (the file is complete and closed otherwise)
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (FileChannel c = channel) {
            byte[] slot = new byte[spec.annotationBytesPerRecord()];
            for (int r = timeKeepingOnly.nextSetBit(0); r >= 0 && !pending.isEmpty();
                 r = timeKeepingOnly.nextSetBit(r + 1)) {
                fillAnnotations(slot, 0, r);
                writeFully(c, ByteBuffer.wrap(slot), headerBytes + r * (long) recordBytes + annotationOffset);
            }
            writeFully(c, ByteBuffer.wrap(EdfHeaderWriter.recordCountField(records)),
                    EdfHeaderWriter.RECORD_COUNT_OFFSET);
        }
        if (!pending.isEmpty()) {
            throw new IOException(file + ": " + pending.size() + " annotations did not fit the annotation signal of "
                    + records + " records (" + spec.annotationBytesPerRecord() + " bytes each) and were not written;"
                    + " raise annotationBytesPerRecord");
        }
    }

    /**
     * Finishes a file whose writer died before {@link #close()} (its header still says {@code n_records = -1}):
     * drops a partial last record, writes the number of complete records into the header. Annotations still queued
     * in the dead writer are lost; those in written records stay.
     *
     * @return the number of complete data records
     * @throws EdfFormatException when the header is not readable EDF (the file is left as it was)
     */
    public static long finishInterrupted(Path file) throws IOException {
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            EdfLayout layout = EdfHeaderParser.parse(file, c, true);
            long records = layout.header().recordCount();
            c.truncate(layout.recordOffset(records));
            writeFully(c, ByteBuffer.wrap(EdfHeaderWriter.recordCountField(records)),
                    EdfHeaderWriter.RECORD_COUNT_OFFSET);
            c.force(true);
            return records;
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException(file + ": writer is closed");
        }
    }

    private static void writeFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            position += channel.write(buffer, position);
        }
    }
}
