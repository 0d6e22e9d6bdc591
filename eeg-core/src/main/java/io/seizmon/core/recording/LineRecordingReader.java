package io.seizmon.core.recording;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Common part of the text readers: lines through a {@link BufferedReader}, grouped into records of
 * {@code ceil(sampleRateHz)} rows (about one second; the last record may be shorter), one reused
 * {@code double[signals][rows]} block. Blank lines are skipped. The first non-blank line is a header row when any
 * of its fields is not a number; its fields become the labels. Numbers are decimals ({@code -1.5}, {@code 2e-3});
 * {@code NaN}, infinities and hexadecimal are rejected.
 */
abstract sealed class LineRecordingReader implements RecordingReader permits CsvReader, TextReader {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private final Path file;
    private final BufferedReader in;
    private final RecordingHeader header;
    private final double[][] block;
    private String firstDataLine;
    private long firstDataLineNumber;
    private long lineNumber;
    private int rows;
    private long index = -1;
    private boolean ended;

    LineRecordingReader(Path file, RecordingFormat format, double sampleRateHz) throws IOException {
        this.file = Objects.requireNonNull(file, "file");
        if (!(sampleRateHz > 0) || !Double.isFinite(sampleRateHz)) {
            throw new IllegalArgumentException("sampleRateHz: " + sampleRateHz + " (expected: finite and > 0; text "
                    + "recordings do not say their rate, so the caller must)");
        }
        this.in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        try {
            String first = nextLine();
            if (first == null) {
                throw new TextFormatException(file, 1, 0, "no data (the file is empty or blank)");
            }
            String[] fields = split(first, lineNumber, true);
            boolean headerRow = !allNumbers(fields);
            List<String> labels = headerRow ? labels(fields) : defaultLabels(fields.length);
            firstDataLine = headerRow ? null : first;
            firstDataLineNumber = lineNumber;
            int perRecord = (int) Math.min(1 << 16, Math.ceil(sampleRateHz));
            List<SignalInfo> signals = new ArrayList<>();
            for (String label : labels) {
                signals.add(SignalInfo.ofText(label, perRecord, sampleRateHz));
            }
            this.header = new RecordingHeader(file, format, "", "", null, perRecord / sampleRateHz, -1, signals);
            this.block = new double[labels.size()][perRecord];
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * Splits {@code line} into its fields. {@code first} is true for the first non-blank line, on which a subclass
     * may detect its delimiter.
     */
    abstract String[] split(String line, long lineNumber, boolean first) throws TextFormatException;

    /** Returns the labels to use when the file has no header row. */
    abstract List<String> defaultLabels(int columns);

    /** Returns the number in {@code field}, with {@code ','} as decimal separator when {@code decimalComma}. */
    final double number(String field, long line, int column, boolean decimalComma) throws TextFormatException {
        String value = field.strip();
        if (decimalComma) {
            value = value.replace(',', '.');
        }
        if (!NUMBER.matcher(value).matches()) {
            throw new TextFormatException(file, line, column, "'" + field + "' is not a number");
        }
        return Double.parseDouble(value);
    }

    /** Returns true when {@code decimalComma} applies to this reader's numbers. */
    abstract boolean decimalComma();

    final Path file() {
        return file;
    }

    @Override
    public RecordingHeader header() {
        return header;
    }

    @Override
    public boolean nextRecord() throws IOException {
        if (ended) {
            return false;
        }
        rows = 0;
        int columns = block.length;
        int capacity = block[0].length;
        while (rows < capacity) {
            String line = firstDataLine != null ? firstDataLine : nextLine();
            long number = firstDataLine != null ? firstDataLineNumber : lineNumber;
            firstDataLine = null;
            if (line == null) {
                break;
            }
            String[] fields = split(line, number, false);
            if (fields.length != columns) {
                throw new TextFormatException(file, number, 0, fields.length + " fields (expected: " + columns + ")");
            }
            for (int c = 0; c < columns; c++) {
                block[c][rows] = number(fields[c], number, c + 1, decimalComma());
            }
            rows++;
        }
        if (rows == 0) {
            ended = true;
            return false;
        }
        index++;
        return true;
    }

    @Override
    public long recordIndex() {
        return index;
    }

    @Override
    public double recordOnsetSeconds() {
        requireRecord();
        return index * header.recordDurationSeconds();
    }

    @Override
    public int samplesInRecord(int signal) {
        requireRecord();
        Objects.checkIndex(signal, block.length);
        return rows;
    }

    @Override
    public int readPhysical(int signal, double[] dst, int off) {
        requireRecord();
        Objects.checkIndex(signal, block.length);
        System.arraycopy(block[signal], 0, dst, off, rows);
        return rows;
    }

    @Override
    public List<Annotation> annotations() {
        return List.of();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void requireRecord() {
        if (index < 0 || ended) {
            throw new IllegalStateException("no current record (index " + index + "): call nextRecord() first "
                    + "and only while it returns true");
        }
    }

    private String nextLine() throws IOException {
        String line;
        do {
            line = in.readLine();
            lineNumber++;
        } while (line != null && line.isBlank());
        return line;
    }

    private boolean allNumbers(String[] fields) {
        for (String f : fields) {
            String value = decimalComma() ? f.strip().replace(',', '.') : f.strip();
            if (!NUMBER.matcher(value).matches()) {
                return false;
            }
        }
        return true;
    }

    private static List<String> labels(String[] fields) {
        List<String> labels = new ArrayList<>(fields.length);
        for (String f : fields) {
            String label = f.strip();
            if (label.length() >= 2 && label.startsWith("\"") && label.endsWith("\"")) {
                label = label.substring(1, label.length() - 1);
            }
            labels.add(label);
        }
        return labels;
    }
}
