package io.seizmon.core.recording;

/**
 * Where things are in an EDF/BDF file, as {@link EdfHeaderParser} found them.
 *
 * <p>Data record {@code r} starts at byte {@code headerBytes + r * recordBytes}; within it, sample {@code i} of
 * signal {@code s} starts at {@code signalOffsets[s] + i * bytesPerSample}, little-endian two's complement.
 */
record EdfLayout(RecordingHeader header, int headerBytes, int bytesPerSample, int recordBytes, int[] signalOffsets,
                 int firstAnnotationSignal) {

    /** Returns the byte offset in the file of data record {@code record}. */
    long recordOffset(long record) {
        return headerBytes + record * (long) recordBytes;
    }
}
