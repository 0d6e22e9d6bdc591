package io.seizmon.core.recording;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads the real numeric matrices of a MATLAB Level 5 MAT-file (MATLAB 5 to 7.2 without compression, as R's
 * {@code R.matlab} and {@code save -v6} write), streaming: one pass over the top-level data elements, skipping those
 * not asked for (structs, cells, character arrays are skipped by their byte count, never parsed).
 *
 * <p>Layout read (MathWorks, "MAT-File Format", Level 5): a 128-byte header whose last two bytes are the endian
 * indicator ({@code "IM"} little-endian, {@code "MI"} big-endian); then data elements, each an 8-byte tag
 * ({@code uint32 type, uint32 byteCount}) or a small-element tag ({@code uint16 byteCount, uint16 type} with up to
 * 4 data bytes) and data padded to 8 bytes. A wanted variable is a {@code miMATRIX} (14) element of a numeric class
 * holding array flags, dimensions, a name and a real part of any numeric storage type (converted to double).
 * One dimension (R writes scalars so) reads as a column. {@code miCOMPRESSED} (15, MAT 7 default), complex, sparse
 * and more than two dimensions are refused.
 *
 * <p>Errors are {@link MatFormatException}s naming the file, the byte offset and the field. Threading: stateless.
 */
public final class MatFile {

    /** A real matrix, column-major: element (r, c) is {@code values[c * rows + r]}. */
    public record Matrix(String name, int rows, int columns, double[] values) {

        /** Element (r, c). */
        public double get(int row, int column) {
            return values[column * rows + row];
        }
    }

    private static final int HEADER_BYTES = 128;
    private static final int MI_MATRIX = 14;
    private static final int MI_COMPRESSED = 15;
    private static final int MX_CELL = 1;
    private static final int MX_CHAR = 4;
    private static final int MX_SPARSE = 5;
    private static final int COMPLEX_FLAG = 0x0800;

    private MatFile() {
    }

    /**
     * Reads the variables named in {@code wanted} that are real numeric matrices; others are skipped.
     *
     * @return name to matrix, in file order; a wanted name absent from the file is absent from the map
     * @throws MatFormatException when the file is not a Level 5 MAT-file or a wanted variable cannot be read
     */
    public static Map<String, Matrix> read(Path file, Set<String> wanted) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            Cursor in = new Cursor(file, raw);
            ByteOrder order = header(in);
            in.order = order;
            Map<String, Matrix> out = new LinkedHashMap<>();
            while (true) {
                long at = in.position;
                if (!in.hasMore()) {
                    return out;
                }
                Tag tag = in.tag("data element tag");
                if (tag.type == MI_COMPRESSED) {
                    throw new MatFormatException(file, at, "data element type", "15 (miCOMPRESSED) is not supported"
                            + " (expected: uncompressed, as R and MATLAB 'save -v6' write)");
                }
                if (tag.type != MI_MATRIX) {
                    in.skip(tag.space);
                    continue;
                }
                Matrix m = matrix(in, tag, at, wanted);
                if (m != null) {
                    out.put(m.name(), m);
                }
            }
        }
    }

    private static ByteOrder header(Cursor in) throws IOException {
        byte[] header = in.bytes(HEADER_BYTES, "header");
        String text = new String(header, 0, 116, StandardCharsets.US_ASCII);
        if (!text.startsWith("MATLAB 5.0 MAT-file")) {
            throw new MatFormatException(in.file, 0, "header text", "'" + text.substring(0, 19)
                    + "' (expected: 'MATLAB 5.0 MAT-file', a Level 5 MAT-file; v7.3 files are HDF5)");
        }
        if (header[126] == 'I' && header[127] == 'M') {
            return ByteOrder.LITTLE_ENDIAN;
        }
        if (header[126] == 'M' && header[127] == 'I') {
            return ByteOrder.BIG_ENDIAN;
        }
        throw new MatFormatException(in.file, 126, "endian indicator", "'" + (char) header[126] + (char) header[127]
                + "' (expected: 'IM' or 'MI')");
    }

    /** Reads one miMATRIX element, or skips the rest of it (returning null) when it is not wanted. */
    private static Matrix matrix(Cursor in, Tag tag, long at, Set<String> wanted) throws IOException {
        long end = in.position + tag.space;
        Tag flagsTag = in.tag("array flags tag");
        ByteBuffer flags = in.buffer(flagsTag.bytes, "array flags");
        int flagWord = flags.getInt(0);
        int mxClass = flagWord & 0xFF;
        in.skip(flagsTag.padding());
        long dimsAt = in.position;
        Tag dimsTag = in.tag("dimensions tag");
        ByteBuffer dims = in.buffer(dimsTag.bytes, "dimensions");
        in.skip(dimsTag.padding());
        Tag nameTag = in.tag("array name tag");
        String name = new String(in.bytes(nameTag.bytes, "array name"), StandardCharsets.US_ASCII);
        in.skip(nameTag.padding());
        boolean numeric = mxClass >= 6 && mxClass <= 15;
        if (!wanted.contains(name) || !numeric || mxClass == MX_CELL || mxClass == MX_CHAR) {
            in.skip(end - in.position);
            return null;
        }
        if (mxClass == MX_SPARSE || (flagWord & COMPLEX_FLAG) != 0 || (dimsTag.bytes != 8 && dimsTag.bytes != 4)) {
            throw new MatFormatException(in.file, dimsAt, "dimensions of '" + name + "'", dimsTag.bytes / 4
                    + " dimensions, class " + mxClass + ((flagWord & COMPLEX_FLAG) != 0 ? ", complex" : "")
                    + " (expected: a real, full numeric matrix of one or two dimensions)");
        }
        int rows = dims.getInt(0);
        int columns = dimsTag.bytes == 8 ? dims.getInt(4) : 1;
        long realAt = in.position;
        Tag real = in.tag("real part tag of '" + name + "'");
        int width = MatStorage.width(real.type);
        long count = (long) rows * columns;
        if (width == 0 || real.bytes != count * width) {
            throw new MatFormatException(in.file, realAt, "real part of '" + name + "'", "type " + real.type
                    + ", " + real.bytes + " bytes (expected: a numeric type with " + count + " elements for "
                    + rows + " x " + columns + ")");
        }
        double[] values = MatStorage.toDoubles(in.buffer(real.bytes, "real part of '" + name + "'"), real.type,
                (int) count);
        in.skip(end - in.position);
        return new Matrix(name, rows, columns, values);
    }

    static long padded(long bytes) {
        return (bytes + 7) & ~7L;
    }

    /**
     * A data element's type, the byte count of its data and of the space the data takes (4 for a small element,
     * else the count padded to 8).
     */
    private record Tag(int type, long bytes, long space) {

        long padding() {
            return space - bytes;
        }
    }

    /** Sequential reads with the byte position, for error messages. */
    private static final class Cursor {

        private final Path file;
        private final InputStream in;
        private ByteOrder order = ByteOrder.LITTLE_ENDIAN;
        private long position;

        Cursor(Path file, InputStream in) {
            this.file = file;
            this.in = in;
        }

        boolean hasMore() throws IOException {
            in.mark(1);
            int next = in.read();
            in.reset();
            return next >= 0;
        }

        /** Reads a tag; a small-element tag leaves its 4 data bytes to be read as the data (padded to 8). */
        Tag tag(String field) throws IOException {
            long at = position;
            ByteBuffer b = buffer(8, field);
            int first = b.getInt(0);
            if ((first >>> 16) != 0) {
                position = at;
                in.reset();
                skip(4);
                return new Tag(first & 0xFFFF, first >>> 16, 4);
            }
            long bytes = Integer.toUnsignedLong(b.getInt(4));
            if (bytes > Integer.MAX_VALUE - 8) {
                throw new MatFormatException(file, at, field, "byte count " + bytes + " (expected: < 2^31)");
            }
            return new Tag(first, bytes, padded(bytes));
        }

        ByteBuffer buffer(long count, String field) throws IOException {
            return ByteBuffer.wrap(bytes(count, field)).order(order);
        }

        byte[] bytes(long count, String field) throws IOException {
            long at = position;
            in.mark(8);
            byte[] b = in.readNBytes((int) count);
            if (b.length < count) {
                throw new MatFormatException(file, at, field, "the file ends after " + b.length + " of " + count
                        + " bytes (expected: a complete element)");
            }
            position += count;
            return b;
        }

        void skip(long count) throws IOException {
            try {
                in.skipNBytes(count);
            } catch (EOFException e) {
                throw new MatFormatException(file, position, "padding or skipped element", "the file ends within "
                        + count + " bytes (expected: a complete element)");
            }
            position += count;
        }
    }
}
