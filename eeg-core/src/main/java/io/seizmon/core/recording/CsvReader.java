package io.seizmon.core.recording;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams a delimited text recording: one row per sample time, one column per channel, physical values.
 *
 * <p>The delimiter is taken from the first non-blank line: tab if it holds one, else {@code ;}, else {@code ,}.
 * With tab or {@code ;} a comma inside a number is its decimal separator ({@code 1,5}). An optional header row
 * (see {@link LineRecordingReader}) gives the labels, otherwise they are {@code ch1, ch2, ...}. Quoting is not
 * supported beyond quotes around header labels. Errors are {@link TextFormatException}s naming line and column.
 * Not thread-safe.
 */
public final class CsvReader extends LineRecordingReader {

    private char delimiter;

    private CsvReader(Path file, double sampleRateHz) throws IOException {
        super(file, RecordingFormat.CSV, sampleRateHz);
    }

    /**
     * Opens {@code file}, reading its first line to find delimiter and header.
     *
     * @param sampleRateHz the rate of every column, finite and &gt; 0
     */
    public static CsvReader open(Path file, double sampleRateHz) throws IOException {
        return new CsvReader(file, sampleRateHz);
    }

    /** Returns the delimiter found on the first line. */
    public char delimiter() {
        return delimiter;
    }

    @Override
    String[] split(String line, long lineNumber, boolean first) {
        if (first) {
            delimiter = line.indexOf('\t') >= 0 ? '\t' : line.indexOf(';') >= 0 ? ';' : ',';
        }
        return line.split(String.valueOf(delimiter), -1);
    }

    @Override
    boolean decimalComma() {
        return delimiter != ',';
    }

    @Override
    List<String> defaultLabels(int columns) {
        List<String> labels = new ArrayList<>(columns);
        for (int c = 1; c <= columns; c++) {
            labels.add("ch" + c);
        }
        return labels;
    }
}
