package io.seizmon.core.recording;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Streams an EDF, EDF+ (C and D), BDF (including BioSemi {@code 24BIT}) or BDF+ file, one data record at a time
 * through a {@link FileChannel} and one reused buffer of {@code recordBytes}.
 *
 * <p>Decisions:
 * <ul>
 *   <li>A signal labelled {@code EDF Annotations} or {@code BDF Annotations} is an annotation signal in every
 *       variant, plain EDF/BDF included (the label is reserved; plain files carrying it are EDF+ files whose
 *       reserved field was blanked). Its TALs become {@link #annotations()}; {@link #readPhysical} refuses it.
 *       Record onsets come from time-keeping TALs only in EDF+/BDF+: plain EDF is continuous by definition.</li>
 *   <li>EDF+D/BDF+D: {@link #recordOnsetSeconds()} is the onset of each record's time-keeping TAL, so a consumer
 *       sees a gap as an onset larger than the previous one plus the record duration.</li>
 *   <li>File size: the data must be exactly {@code n_records * recordBytes}; otherwise opening fails naming
 *       {@code number of data records}, unless {@link RecordingOptions#acceptTruncated()} is set, in which case
 *       only the complete records are read. With {@code n_records = -1} (recording not finished) the reader
 *       reads every complete record and ignores a partial last one.</li>
 * </ul>
 * Physical value: {@code (digital - digitalMin) * (physicalMax - physicalMin) / (digitalMax - digitalMin)
 * + physicalMin}, for every digital value, also outside {@code digitalMin..digitalMax} (EDFlib clips those; we keep
 * what the file holds). Annotation onsets are the TALs' values, relative to the header's start time; the first
 * record's onset is the sub-second start offset EDF+ allows. Not thread-safe.
 */
public final class EdfReader implements RecordingReader {

    private final Path file;
    private final FileChannel channel;
    private final EdfLayout layout;
    private final ByteBuffer record;
    private final double[] gain;
    private long index = -1;
    private double onsetSeconds = Double.NaN;
    private List<Annotation> annotations;

    private EdfReader(Path file, FileChannel channel, EdfLayout layout) {
        this.file = file;
        this.channel = channel;
        this.layout = layout;
        this.record = ByteBuffer.allocate(layout.recordBytes());
        List<SignalInfo> signals = layout.header().signals();
        this.gain = new double[signals.size()];
        for (int s = 0; s < gain.length; s++) {
            gain[s] = signals.get(s).physicalStep();
        }
    }

    /**
     * Opens {@code file} and checks its header.
     *
     * @throws EdfFormatException when the header or the file size breaks the format (see the class comment)
     */
    public static EdfReader open(Path file, RecordingOptions options) throws IOException {
        Objects.requireNonNull(options, "options");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            return new EdfReader(file, channel, EdfHeaderParser.parse(file, channel, options.acceptTruncated()));
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public RecordingHeader header() {
        return layout.header();
    }

    @Override
    public boolean nextRecord() throws IOException {
        if (index + 1 >= layout.header().recordCount()) {
            index = layout.header().recordCount();
            return false;
        }
        index++;
        long position = layout.recordOffset(index);
        record.clear();
        readFully(record, position);
        int tk = layout.firstAnnotationSignal();
        if (tk >= 0 && layout.header().format().isPlus()) {
            onsetSeconds = TalParser.firstOnset(file, record.array(), layout.signalOffsets()[tk],
                    annotationBytes(tk), position + layout.signalOffsets()[tk]);
        } else {
            onsetSeconds = index * layout.header().recordDurationSeconds();
        }
        return true;
    }

    @Override
    public long recordIndex() {
        return index;
    }

    @Override
    public double recordOnsetSeconds() {
        requireRecord();
        return onsetSeconds;
    }

    @Override
    public int samplesInRecord(int signal) {
        requireRecord();
        return layout.header().signal(signal).samplesPerRecord();
    }

    @Override
    public int readPhysical(int signal, double[] dst, int off) {
        SignalInfo info = layout.header().signal(signal);
        if (info.annotation()) {
            throw new IllegalArgumentException("signal: " + signal + " (expected: a data signal, not the annotation "
                    + "signal '" + info.label() + "')");
        }
        requireRecord();
        int n = info.samplesPerRecord();
        Objects.checkFromIndexSize(off, n, dst.length);
        byte[] bytes = record.array();
        int pos = layout.signalOffsets()[signal];
        double g = gain[signal];
        double digMin = info.digitalMin();
        double physMin = info.physicalMin();
        if (layout.bytesPerSample() == 2) {
            for (int i = 0; i < n; i++, pos += 2) {
                int digital = (short) ((bytes[pos] & 0xFF) | (bytes[pos + 1] << 8));
                dst[off + i] = (digital - digMin) * g + physMin;
            }
        } else {
            for (int i = 0; i < n; i++, pos += 3) {
                int digital = (bytes[pos] & 0xFF) | ((bytes[pos + 1] & 0xFF) << 8) | (bytes[pos + 2] << 16);
                dst[off + i] = (digital - digMin) * g + physMin;
            }
        }
        return n;
    }

    @Override
    public List<Annotation> annotations() throws IOException {
        if (annotations == null) {
            annotations = List.copyOf(scanAnnotations());
        }
        return annotations;
    }

    private List<Annotation> scanAnnotations() throws IOException {
        List<Annotation> found = new ArrayList<>();
        int[] signals = IntStream.range(0, layout.header().signalCount())
                .filter(s -> layout.header().signal(s).annotation()).toArray();
        int max = 0;
        for (int s : signals) {
            max = Math.max(max, annotationBytes(s));
        }
        ByteBuffer buffer = ByteBuffer.allocate(max);
        for (long r = 0; r < layout.header().recordCount() && signals.length > 0; r++) {
            for (int s : signals) {
                long position = layout.recordOffset(r) + layout.signalOffsets()[s];
                buffer.clear().limit(annotationBytes(s));
                readFully(buffer, position);
                TalParser.parse(file, buffer.array(), 0, buffer.limit(), position, found);
            }
        }
        return found;
    }

    private int annotationBytes(int signal) {
        return layout.header().signal(signal).samplesPerRecord() * layout.bytesPerSample();
    }

    /** Fills {@code buffer} from its position to its limit with the bytes at {@code position}. */
    private void readFully(ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new EdfFormatException(file, position + buffer.position(), "data record " + index,
                        "unexpected end of file (the file shrank after it was opened)");
            }
        }
    }

    private void requireRecord() {
        if (index < 0 || index >= layout.header().recordCount()) {
            throw new IllegalStateException("no current record (index " + index + "): call nextRecord() first "
                    + "and only while it returns true");
        }
    }

    /** Returns the size of the one record buffer this reader holds: its memory does not depend on the file. */
    int bufferBytes() {
        return record.capacity();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
