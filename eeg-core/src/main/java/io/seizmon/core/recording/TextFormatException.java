package io.seizmon.core.recording;

import java.nio.file.Path;

/**
 * A CSV, text or TSV file has a value or a line that does not parse. The message reads
 * {@code "<file>: line <line>, column <column>: <detail>"}; lines and columns count from 1.
 */
public final class TextFormatException extends RecordingFormatException {

    private static final long serialVersionUID = 1L;

    private final long line;
    private final int column;

    /**
     * @param file   the file
     * @param line   1-based line number
     * @param column 1-based column (field) number, or 0 when the whole line is at fault
     * @param detail what is wrong, with the value found and the value expected
     */
    public TextFormatException(Path file, long line, int column, String detail) {
        super(file, file + ": line " + line + (column > 0 ? ", column " + column : "") + ": " + detail, null);
        this.line = line;
        this.column = column;
    }

    /** Returns the 1-based line number. */
    public long line() {
        return line;
    }

    /** Returns the 1-based column, or 0 when the whole line is at fault. */
    public int column() {
        return column;
    }
}
