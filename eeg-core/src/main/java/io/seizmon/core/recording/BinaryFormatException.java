package io.seizmon.core.recording;

import java.nio.file.Path;

/**
 * A binary recording file breaks its format at a known byte. The message reads
 * {@code "<file>: byte <offset>, <field>: <detail>"}; the subclasses say which format.
 */
public abstract sealed class BinaryFormatException extends RecordingFormatException
        permits EdfFormatException, MatFormatException {

    private static final long serialVersionUID = 1L;

    private final long offset;
    private final String field;

    /**
     * @param file   the file
     * @param offset byte offset of the offending field or data in the file, &ge; 0
     * @param field  what the bytes there should be, as the format's specification names it
     * @param detail what is wrong, with the value found and the value expected
     */
    BinaryFormatException(Path file, long offset, String field, String detail) {
        super(file, file + ": byte " + offset + ", " + field + ": " + detail, null);
        this.offset = offset;
        this.field = field;
    }

    /** Returns the byte offset of the offending field. */
    public long offset() {
        return offset;
    }

    /** Returns the name of the offending field. */
    public String field() {
        return field;
    }
}
