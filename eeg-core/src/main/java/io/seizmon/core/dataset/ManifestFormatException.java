package io.seizmon.core.dataset;

import java.io.IOException;
import java.nio.file.Path;

/** A manifest or dataset index that cannot be read: the message names the file, the line and what was wrong. */
public final class ManifestFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception for {@code file}, 1-based {@code line} (0 when not about one line). */
    public ManifestFormatException(Path file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
    }
}
