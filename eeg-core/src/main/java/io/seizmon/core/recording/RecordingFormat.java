package io.seizmon.core.recording;

/** The file formats the readers understand. */
public enum RecordingFormat {
    /** EDF (16-bit), reserved field not starting with {@code EDF+}. */
    EDF,
    /** EDF+ continuous ({@code EDF+C}). */
    EDF_PLUS_C,
    /** EDF+ discontinuous ({@code EDF+D}): record onsets come from the time-keeping TALs. */
    EDF_PLUS_D,
    /** BDF (24-bit), including BioSemi's {@code 24BIT} files. */
    BDF,
    /** BDF+ continuous. */
    BDF_PLUS_C,
    /** BDF+ discontinuous. */
    BDF_PLUS_D,
    /** Delimited text, one column per channel. */
    CSV,
    /** Plain text, one value per line (the Bonn layout). */
    TEXT,
    /** A MATLAB Level 5 MAT-file clip ({@link MatReader}). */
    MAT;

    /** Returns true for EDF+ and BDF+ (files whose annotation signals carry TALs by definition). */
    public boolean isPlus() {
        return this == EDF_PLUS_C || this == EDF_PLUS_D || this == BDF_PLUS_C || this == BDF_PLUS_D;
    }

    /** Returns true for the discontinuous EDF+D and BDF+D. */
    public boolean isDiscontinuous() {
        return this == EDF_PLUS_D || this == BDF_PLUS_D;
    }
}
