package io.seizmon.core.recording;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Streams a single-channel text recording, one physical value per line (the Bonn EEG layout, e.g.
 * {@code Z001.txt}). The channel's label is the file name without extension, unless the first line is a header.
 * Surrounding blanks are ignored; a line holding anything but one number is a {@link TextFormatException}.
 * Not thread-safe.
 */
public final class TextReader extends LineRecordingReader {

    private TextReader(Path file, double sampleRateHz) throws IOException {
        super(file, RecordingFormat.TEXT, sampleRateHz);
    }

    /**
     * Opens {@code file}.
     *
     * @param sampleRateHz the channel's rate, finite and &gt; 0 (173.61 Hz for the Bonn set)
     */
    public static TextReader open(Path file, double sampleRateHz) throws IOException {
        return new TextReader(file, sampleRateHz);
    }

    @Override
    String[] split(String line, long lineNumber, boolean first) {
        return new String[] {line};
    }

    @Override
    boolean decimalComma() {
        return false;
    }

    @Override
    List<String> defaultLabels(int columns) {
        String name = file().getFileName().toString();
        int dot = name.lastIndexOf('.');
        return List.of(dot > 0 ? name.substring(0, dot) : name);
    }
}
