package io.seizmon.core.recording;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Builds the EDF+C header of {@link EdfPlusWriter}: the data signals, then one {@code EDF Annotations} signal. */
final class EdfHeaderWriter {

    /** Byte offset of the {@code number of data records} field. */
    static final int RECORD_COUNT_OFFSET = 236;

    private static final DateTimeFormatter EDF_DATE = DateTimeFormatter.ofPattern("dd.MM.yy", Locale.ROOT);
    private static final DateTimeFormatter EDF_TIME = DateTimeFormatter.ofPattern("HH.mm.ss", Locale.ROOT);
    private static final DateTimeFormatter PLUS_DATE = DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.ROOT);

    private EdfHeaderWriter() {
    }

    static byte[] header(EdfWriterSpec spec, long recordCount) {
        List<EdfSignalSpec> signals = spec.signals();
        int ns = signals.size() + 1;
        byte[] h = new byte[256 * (ns + 1)];
        EdfFields.put(h, 0, 8, "0");
        EdfFields.put(h, 8, 80, spec.patient());
        EdfFields.put(h, 88, 80, "Startdate " + spec.startTime().format(PLUS_DATE).toUpperCase(Locale.ROOT) + " "
                + spec.recordingInfo());
        EdfFields.put(h, 168, 8, spec.startTime().format(EDF_DATE));
        EdfFields.put(h, 176, 8, spec.startTime().format(EDF_TIME));
        EdfFields.put(h, 184, 8, Integer.toString(h.length));
        EdfFields.put(h, 192, 44, "EDF+C");
        EdfFields.put(h, RECORD_COUNT_OFFSET, 8, Long.toString(recordCount));
        EdfFields.put(h, 244, 8, EdfFields.format(spec.recordDurationSeconds()));
        EdfFields.put(h, 252, 4, Integer.toString(ns));
        for (int s = 0; s < ns; s++) {
            boolean annotation = s == signals.size();
            EdfSignalSpec sig = annotation ? null : signals.get(s);
            put(h, ns, s, 0, 16, annotation ? "EDF Annotations" : sig.label());
            put(h, ns, s, 16, 80, annotation ? "" : sig.transducer());
            put(h, ns, s, 96, 8, annotation ? "" : sig.physicalDimension());
            put(h, ns, s, 104, 8, annotation ? "-1" : EdfFields.format(sig.physicalMin()));
            put(h, ns, s, 112, 8, annotation ? "1" : EdfFields.format(sig.physicalMax()));
            put(h, ns, s, 120, 8, annotation ? "-32768" : Integer.toString(sig.digitalMin()));
            put(h, ns, s, 128, 8, annotation ? "32767" : Integer.toString(sig.digitalMax()));
            put(h, ns, s, 136, 80, annotation ? "" : sig.prefiltering());
            put(h, ns, s, 216, 8, Integer.toString(annotation ? spec.annotationBytesPerRecord() / 2
                    : sig.samplesPerRecord()));
            put(h, ns, s, 224, 32, "");
        }
        return h;
    }

    /** Returns the 8 bytes of the {@code number of data records} field for {@code recordCount}. */
    static byte[] recordCountField(long recordCount) {
        byte[] field = new byte[8];
        EdfFields.put(field, 0, 8, Long.toString(recordCount));
        return field;
    }

    private static void put(byte[] h, int ns, int s, int start, int width, String value) {
        EdfFields.put(h, 256 + start * ns + s * width, width, value);
    }
}
