package io.seizmon.simulator.source;

import java.io.IOException;

/**
 * Opens a fresh {@link SampleSource} positioned at its start: once per pass of a replay, so {@code --loop} can read
 * a file again. Thread-safe as far as opening from the stream's own thread requires.
 */
@FunctionalInterface
public interface SourceOpener {

    /**
     * Opens the source; the caller closes it.
     *
     * @throws IOException naming the file and the problem when it cannot be read
     */
    SampleSource open() throws IOException;
}
