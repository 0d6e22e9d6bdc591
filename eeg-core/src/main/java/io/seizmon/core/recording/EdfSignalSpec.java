package io.seizmon.core.recording;

import java.util.Objects;

/**
 * One data signal for {@link EdfPlusWriter}: what its EDF signal header says.
 *
 * <p>Text fields must be printable ASCII and fit their EDF widths (label 16, transducer 80, physical dimension 8,
 * prefiltering 80). Physical limits are written in the 8-character header fields; a value that needs more
 * characters is rounded to fit, and the writer digitises with the rounded value so readers get the same scale.
 *
 * @param label             signal label, not {@code EDF Annotations}
 * @param transducer        transducer type, may be empty
 * @param physicalDimension unit, e.g. {@code uV}
 * @param physicalMin       physical value of {@code digitalMin}, finite
 * @param physicalMax       physical value of {@code digitalMax}, finite, != physicalMin
 * @param digitalMin        -32768 &le; digitalMin &lt; digitalMax
 * @param digitalMax        digitalMax &le; 32767
 * @param prefiltering      prefiltering, may be empty
 * @param samplesPerRecord  samples per data record, &ge; 1
 */
public record EdfSignalSpec(String label, String transducer, String physicalDimension, double physicalMin,
                            double physicalMax, int digitalMin, int digitalMax, String prefiltering,
                            int samplesPerRecord) {

    public EdfSignalSpec {
        EdfFields.checkAscii("label", label, 16);
        EdfFields.checkAscii("transducer", transducer, 80);
        EdfFields.checkAscii("physicalDimension", physicalDimension, 8);
        EdfFields.checkAscii("prefiltering", prefiltering, 80);
        if (EdfSignalHeaderParser.isAnnotationLabel(label.strip())) {
            throw new IllegalArgumentException("label: '" + label + "' (expected: not a reserved annotation label)");
        }
        physicalMin = EdfFields.fitted("physicalMin", physicalMin);
        physicalMax = EdfFields.fitted("physicalMax", physicalMax);
        if (physicalMin == physicalMax) {
            throw new IllegalArgumentException("physicalMax: " + physicalMax + " (expected: != physicalMin)");
        }
        if (digitalMin < Short.MIN_VALUE || digitalMax > Short.MAX_VALUE || digitalMin >= digitalMax) {
            throw new IllegalArgumentException("digitalMin..digitalMax: " + digitalMin + ".." + digitalMax
                    + " (expected: -32768 <= digitalMin < digitalMax <= 32767)");
        }
        if (samplesPerRecord < 1) {
            throw new IllegalArgumentException("samplesPerRecord: " + samplesPerRecord + " (expected: >= 1)");
        }
    }

    /** Returns a 16-bit signal using the full digital range -32768..32767, no transducer, no prefiltering. */
    public static EdfSignalSpec of(String label, String physicalDimension, double physicalMin, double physicalMax,
                                   int samplesPerRecord) {
        Objects.requireNonNull(label, "label");
        return new EdfSignalSpec(label, "", physicalDimension, physicalMin, physicalMax, Short.MIN_VALUE,
                Short.MAX_VALUE, "", samplesPerRecord);
    }
}
