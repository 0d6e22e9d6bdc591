package io.seizmon.core.recording;

import java.nio.file.Path;

/**
 * An EDF/BDF file breaks the format. The message reads {@code "<file>: byte <offset>, <field>: <detail>"}, e.g.
 * {@code "a.edf: byte 252, number of signals: 'x1' is not an integer"}.
 */
public final class EdfFormatException extends BinaryFormatException {

    private static final long serialVersionUID = 1L;

    /**
     * @param file   the file
     * @param offset byte offset of the offending field or data in the file, &ge; 0
     * @param field  the field's name as the EDF specification calls it (e.g. {@code "digital minimum of signal 3"})
     * @param detail what is wrong, with the value found and the value expected
     */
    public EdfFormatException(Path file, long offset, String field, String detail) {
        super(file, offset, field, detail);
    }
}
