package io.seizmon.core.recording;

import java.util.Objects;

/**
 * The description of one signal of a recording, as in an EDF signal header.
 *
 * <p>Physical value of a digital value {@code d}: {@code (d - digitalMin) * (physicalMax - physicalMin)
 * / (digitalMax - digitalMin) + physicalMin}. Text recordings carry physical values directly: their physical range
 * is {@code NaN} and their digital range {@code 0..0}.
 *
 * @param label             the label, trailing blanks removed, case kept (labels need not be unique)
 * @param transducer        transducer type, trimmed, may be empty
 * @param physicalDimension physical unit, e.g. {@code uV}, trimmed, may be empty
 * @param physicalMin       physical value of {@code digitalMin}
 * @param physicalMax       physical value of {@code digitalMax}
 * @param digitalMin        smallest digital value
 * @param digitalMax        largest digital value
 * @param prefiltering      prefiltering, trimmed, may be empty
 * @param samplesPerRecord  samples of this signal in one data record, &ge; 1
 * @param sampleRateHz      {@code samplesPerRecord / recordDurationSeconds}; may be non-integer (e.g. 12.8, 487.5)
 * @param annotation        true for an {@code EDF Annotations}/{@code BDF Annotations} signal, whose bytes are TALs
 */
public record SignalInfo(String label, String transducer, String physicalDimension, double physicalMin,
                         double physicalMax, int digitalMin, int digitalMax, String prefiltering,
                         int samplesPerRecord, double sampleRateHz, boolean annotation) {

    public SignalInfo {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(transducer, "transducer");
        Objects.requireNonNull(physicalDimension, "physicalDimension");
        Objects.requireNonNull(prefiltering, "prefiltering");
        if (samplesPerRecord < 1) {
            throw new IllegalArgumentException("samplesPerRecord: " + samplesPerRecord + " (expected: >= 1)");
        }
    }

    /** Returns a signal of a text recording: physical values only, no digital range. */
    public static SignalInfo ofText(String label, int samplesPerRecord, double sampleRateHz) {
        return new SignalInfo(label, "", "", Double.NaN, Double.NaN, 0, 0, "", samplesPerRecord, sampleRateHz,
                false);
    }

    /** Returns the physical size of one digital step: {@code (physicalMax - physicalMin) / (digitalMax - digitalMin)}.
     */
    public double physicalStep() {
        return (physicalMax - physicalMin) / ((double) digitalMax - digitalMin);
    }
}
