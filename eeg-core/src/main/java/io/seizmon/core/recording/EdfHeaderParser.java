package io.seizmon.core.recording;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;

/** Parses and checks the header of an EDF/EDF+/BDF/BDF+ file. Every failure names file, byte offset and field. */
final class EdfHeaderParser {

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final int MAX_SIGNALS = 4096;
    private static final int MAX_RECORD_BYTES = 1 << 28;

    private final Path file;
    private final byte[] fixed;

    private EdfHeaderParser(Path file, byte[] fixed) {
        this.file = file;
        this.fixed = fixed;
    }

    /** Reads and checks the header through {@code channel}, which must be at any position. */
    static EdfLayout parse(Path file, FileChannel channel, boolean acceptTruncated) throws IOException {
        long size = channel.size();
        byte[] fixed = readFully(file, channel, 0, 256, "header", size);
        EdfHeaderParser p = new EdfHeaderParser(file, fixed);
        boolean bdf = p.isBdf();
        RecordingFormat format = p.format(bdf);
        int ns = p.integer(fixed, 252, 4, "number of signals", 1, MAX_SIGNALS);
        int headerBytes = p.integer(fixed, 184, 8, "number of bytes in header record", 0, Integer.MAX_VALUE);
        if (headerBytes != 256 * (ns + 1)) {
            throw p.error(184, "number of bytes in header record", headerBytes + " (expected: 256 * (1 + "
                    + ns + " signals) = " + 256 * (ns + 1) + ")");
        }
        byte[] all = new byte[headerBytes];
        System.arraycopy(fixed, 0, all, 0, 256);
        System.arraycopy(readFully(file, channel, 256, 256 * ns, "signal headers", size), 0, all, 256, 256 * ns);
        List<SignalInfo> signals = new EdfSignalHeaderParser(p, all, ns, bdf, p.recordDuration()).parse();
        int bytesPerSample = bdf ? 3 : 2;
        int[] offsets = new int[ns];
        long recordBytes = 0;
        int firstAnnotation = -1;
        for (int s = 0; s < ns; s++) {
            offsets[s] = (int) recordBytes;
            recordBytes += (long) signals.get(s).samplesPerRecord() * bytesPerSample;
            if (recordBytes > MAX_RECORD_BYTES) {
                throw p.error(256 + ns * 216L + 8L * s, "number of samples in each data record of signal " + s,
                        "data record exceeds " + MAX_RECORD_BYTES + " bytes");
            }
            if (firstAnnotation < 0 && signals.get(s).annotation()) {
                firstAnnotation = s;
            }
        }
        long records = p.recordCount(size, headerBytes, (int) recordBytes, acceptTruncated);
        RecordingHeader header = new RecordingHeader(file, format, p.text(8, 80), p.text(88, 80), p.startTime(),
                p.recordDuration(), records, signals);
        return new EdfLayout(header, headerBytes, bytesPerSample, (int) recordBytes, offsets, firstAnnotation);
    }

    private boolean isBdf() throws EdfFormatException {
        if ((fixed[0] & 0xFF) == 0xFF && "BIOSEMI".equals(new String(fixed, 1, 7, StandardCharsets.US_ASCII))) {
            return true;
        }
        if (fixed[0] == '0' && text(1, 7).isEmpty()) {
            return false;
        }
        throw error(0, "version", "'" + text(0, 8) + "' (expected: '0' for EDF or 0xFF 'BIOSEMI' for BDF)");
    }

    private RecordingFormat format(boolean bdf) {
        String reserved = text(192, 44);
        boolean plus = reserved.startsWith("EDF+") || reserved.startsWith("BDF+");
        boolean discontinuous = plus && reserved.length() > 4 && reserved.charAt(4) == 'D';
        if (bdf) {
            return !plus ? RecordingFormat.BDF
                    : discontinuous ? RecordingFormat.BDF_PLUS_D : RecordingFormat.BDF_PLUS_C;
        }
        return !plus ? RecordingFormat.EDF : discontinuous ? RecordingFormat.EDF_PLUS_D : RecordingFormat.EDF_PLUS_C;
    }

    private double recordDuration() throws EdfFormatException {
        double duration = decimal(fixed, 244, 8, "duration of a data record");
        if (!(duration > 0)) {
            throw error(244, "duration of a data record", duration + " (expected: > 0 seconds)");
        }
        return duration;
    }

    private long recordCount(long size, int headerBytes, int recordBytes, boolean acceptTruncated)
            throws EdfFormatException {
        long declared = integer(fixed, 236, 8, "number of data records", -1, Long.MAX_VALUE);
        long data = size - headerBytes;
        long complete = data / recordBytes;
        if (declared == -1) {
            return complete;
        }
        if (declared * recordBytes != data && !(acceptTruncated && declared > complete)) {
            long partial = data - complete * recordBytes;
            throw error(236, "number of data records", declared + " records of " + recordBytes + " bytes need "
                    + declared * recordBytes + " bytes after the " + headerBytes + "-byte header, but the file has "
                    + data + " (" + complete + " complete records" + (partial > 0 ? " and a truncated record of "
                    + partial + " bytes" : "") + ")");
        }
        return Math.min(declared, complete);
    }

    private LocalDateTime startTime() throws EdfFormatException {
        String date = text(168, 8);
        String time = text(176, 8);
        if (!date.matches("\\d\\d\\.\\d\\d\\.\\d\\d")) {
            throw error(168, "startdate of recording", "'" + date + "' (expected: dd.mm.yy)");
        }
        if (!time.matches("\\d\\d\\.\\d\\d\\.\\d\\d")) {
            throw error(176, "starttime of recording", "'" + time + "' (expected: hh.mm.ss)");
        }
        int yy = Integer.parseInt(date.substring(6));
        try {
            return LocalDateTime.of(yy >= 85 ? 1900 + yy : 2000 + yy, Integer.parseInt(date.substring(3, 5)),
                    Integer.parseInt(date.substring(0, 2)), Integer.parseInt(time.substring(0, 2)),
                    Integer.parseInt(time.substring(3, 5)), Integer.parseInt(time.substring(6)));
        } catch (DateTimeException e) {
            throw error(168, "startdate of recording", "'" + date + " " + time + "' is not a valid date and time");
        }
    }

    String text(int offset, int width) {
        return text(fixed, offset, width);
    }

    static String text(byte[] bytes, int offset, int width) {
        return new String(bytes, offset, width, StandardCharsets.ISO_8859_1).strip();
    }

    long integer(byte[] bytes, int offset, int width, String field, long min, long max) throws EdfFormatException {
        String value = text(bytes, offset, width);
        if (!INTEGER.matcher(value).matches()) {
            throw error(offset, field, "'" + value + "' is not an integer");
        }
        long parsed;
        try {
            parsed = Long.parseLong(value);
        } catch (NumberFormatException e) {
            parsed = Long.MAX_VALUE;
        }
        if (parsed < min || parsed > max) {
            throw error(offset, field, value + " (expected: " + min + " to " + max + ")");
        }
        return parsed;
    }

    int integer(byte[] bytes, int offset, int width, String field, int min, int max) throws EdfFormatException {
        return (int) integer(bytes, offset, width, field, (long) min, (long) max);
    }

    double decimal(byte[] bytes, int offset, int width, String field) throws EdfFormatException {
        String value = text(bytes, offset, width);
        if (!DECIMAL.matcher(value).matches()) {
            throw error(offset, field, "'" + value + "' is not a decimal number");
        }
        return Double.parseDouble(value);
    }

    EdfFormatException error(long offset, String field, String detail) {
        return new EdfFormatException(file, offset, field, detail);
    }

    private static byte[] readFully(Path file, FileChannel channel, long position, int length, String field,
                                    long size) throws IOException {
        if (size < position + length) {
            throw new EdfFormatException(file, size, field, "file ends after " + size + " bytes (expected: at least "
                    + (position + length) + ")");
        }
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new EdfFormatException(file, position + buffer.position(), field, "unexpected end of file");
            }
        }
        return buffer.array();
    }
}
