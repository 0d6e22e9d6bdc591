package io.seizmon.core.recording;

import java.nio.file.Path;

/**
 * A MATLAB MAT-file breaks the Level 5 format, or uses a part of it {@link MatFile} does not read. The message reads
 * {@code "<file>: byte <offset>, <field>: <detail>"}, e.g.
 * {@code "a.mat: byte 128, data element type: 15 (miCOMPRESSED) is not supported (expected: uncompressed, as R and
 * MATLAB -v6 write)"}.
 */
public final class MatFormatException extends BinaryFormatException {

    private static final long serialVersionUID = 1L;

    /**
     * @param file   the file
     * @param offset byte offset of the offending field or data in the file, &ge; 0
     * @param field  what the bytes there should be (e.g. {@code "dimensions of 'data'"})
     * @param detail what is wrong, with the value found and the value expected
     */
    public MatFormatException(Path file, long offset, String field, String detail) {
        super(file, offset, field, detail);
    }
}
