package io.seizmon.core.recording;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an EEG clip stored in a MAT-file the way the Kaggle UPenn/Mayo seizure-detection clips are: a variable
 * {@value #DATA} (channels × samples, real numeric) and a variable {@value #RATE} (the sample rate in Hz, a 1 × 1
 * matrix). The whole clip is one data record ({@code recordDurationSeconds = samples / rate}); signals are
 * labelled {@code ch1}, {@code ch2}, ... in row order, without physical unit (the clips do not state one) and
 * carry the file's values unchanged. Other variables are skipped. Clips are small (tens of kB), so the record is
 * read at open.
 *
 * <p>Errors name the file, the byte offset and the field ({@link MatFormatException}); a missing variable is a
 * {@link RecordingFormatException} naming it. Not thread-safe.
 */
public final class MatReader implements RecordingReader {

    /** Name of the channels × samples variable. */
    public static final String DATA = "data";
    /** Name of the sample-rate variable. */
    public static final String RATE = "freq";

    private final RecordingHeader header;
    private final MatFile.Matrix data;
    private long index = -1;

    private MatReader(RecordingHeader header, MatFile.Matrix data) {
        this.header = header;
        this.data = data;
    }

    /** Opens {@code file} and reads its clip. */
    public static MatReader open(Path file) throws IOException {
        Map<String, MatFile.Matrix> vars = MatFile.read(file, Set.of(DATA, RATE));
        MatFile.Matrix data = vars.get(DATA);
        MatFile.Matrix rate = vars.get(RATE);
        if (data == null || rate == null) {
            throw new RecordingFormatException(file, "no numeric variable '" + (data == null ? DATA : RATE)
                    + "' (expected: '" + DATA + "' channels x samples and '" + RATE + "' in Hz, as in the Kaggle "
                    + "seizure-detection clips)");
        }
        double rateHz = rate.values().length == 1 ? rate.values()[0] : Double.NaN;
        if (!(rateHz > 0) || !Double.isFinite(rateHz) || data.rows() < 1 || data.columns() < 1) {
            throw new RecordingFormatException(file, "'" + RATE + "' " + rateHz + " Hz, '" + DATA + "' "
                    + data.rows() + " x " + data.columns() + " (expected: one finite rate > 0 and at least one "
                    + "channel and one sample)");
        }
        List<SignalInfo> signals = new ArrayList<>();
        for (int c = 0; c < data.rows(); c++) {
            signals.add(SignalInfo.ofText("ch" + (c + 1), data.columns(), rateHz));
        }
        return new MatReader(new RecordingHeader(file, RecordingFormat.MAT, "", "", null, data.columns() / rateHz,
                1, signals), data);
    }

    @Override
    public RecordingHeader header() {
        return header;
    }

    @Override
    public boolean nextRecord() {
        if (index < 1) {
            index++;
        }
        return index == 0;
    }

    @Override
    public long recordIndex() {
        return index;
    }

    @Override
    public double recordOnsetSeconds() {
        current();
        return 0;
    }

    @Override
    public int samplesInRecord(int signal) {
        current();
        return data.columns();
    }

    @Override
    public int readPhysical(int signal, double[] dst, int off) {
        current();
        if (signal < 0 || signal >= data.rows()) {
            throw new IllegalArgumentException("signal: " + signal + " (expected: 0 to " + (data.rows() - 1) + ")");
        }
        if (off < 0 || off + data.columns() > dst.length) {
            throw new IndexOutOfBoundsException("dst: " + dst.length + " values from " + off + " (expected: room for "
                    + data.columns() + ")");
        }
        for (int s = 0; s < data.columns(); s++) {
            dst[off + s] = data.get(signal, s);
        }
        return data.columns();
    }

    @Override
    public List<Annotation> annotations() {
        return List.of();
    }

    @Override
    public void close() {
        // the clip was read at open; nothing is held open
    }

    private void current() {
        if (index != 0) {
            throw new IllegalStateException("no current record (recordIndex " + recordIndex() + ")");
        }
    }
}
