package io.seizmon.core.model;

import java.io.IOException;

/**
 * A model file that cannot be used: unreadable by ONNX Runtime, missing or malformed metadata, an unexpected input
 * or output, or a feature spec other than the caller's. The message names the file and the problem.
 */
public class ModelFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception for {@code source} (a file name or description). */
    public ModelFormatException(String source, String problem) {
        super(source + ": " + problem);
    }

    /** Creates the exception for {@code source} with its cause. */
    public ModelFormatException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
    }
}
