package io.seizmon.core.recording;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A recording file's content does not follow its format, or its format is not recognised. The message always
 * names the file and, in the subclasses, where in it the problem is.
 */
public sealed class RecordingFormatException extends IOException permits BinaryFormatException,
        TextFormatException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /** Creates an exception whose message is {@code file + ": " + detail}. */
    public RecordingFormatException(Path file, String detail) {
        this(file, String.valueOf(file) + ": " + detail, null);
    }

    RecordingFormatException(Path file, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.file = file;
    }

    /** Returns the file concerned. */
    public Path file() {
        return file;
    }
}
