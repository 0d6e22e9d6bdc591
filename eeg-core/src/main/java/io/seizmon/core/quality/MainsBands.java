package io.seizmon.core.quality;

import io.seizmon.core.feature.FeatureSpec;
import java.util.Arrays;

/**
 * Which one-sided Welch bins of a {@link FeatureSpec}'s spectrum hold mains hum and which hold the reference EEG
 * band; computes their power ratio from a density. Bin {@code j} is centred on {@code j * welchBinHz}; it counts as
 * mains when its centre is within {@link QualitySpec#MAINS_HALF_WIDTH_HZ} of {@code 50 h} or {@code 60 h} Hz
 * ({@code h >= 1}) and below Nyquist. Immutable.
 */
final class MainsBands {

    private static final double[] MAINS_HZ = {50, 60};

    private final int[] mainsBins;
    private final int referenceFirst;
    private final int referenceLast;

    MainsBands(FeatureSpec spec) {
        double binHz = spec.welchBinHz();
        int binCount = spec.fftSize() / 2 + 1;
        int[] bins = new int[binCount];
        int count = 0;
        for (int j = 0; j < binCount; j++) {
            double hz = j * binHz;
            if (hz < spec.nyquistHz() && isMains(hz)) {
                bins[count++] = j;
            }
        }
        mainsBins = Arrays.copyOf(bins, count);
        referenceFirst = (int) Math.ceil(QualitySpec.REFERENCE_LOW_HZ / binHz);
        referenceLast = Math.min(binCount - 1, (int) Math.floor(QualitySpec.REFERENCE_HIGH_HZ / binHz));
    }

    private static boolean isMains(double hz) {
        for (double base : MAINS_HZ) {
            long harmonic = Math.max(1, Math.round(hz / base));
            if (Math.abs(hz - harmonic * base) <= QualitySpec.MAINS_HALF_WIDTH_HZ) {
                return true;
            }
        }
        return false;
    }

    /** True when some mains band lies below Nyquist (false at 64 Hz: Nyquist 32 Hz). */
    boolean applicable() {
        return mainsBins.length > 0;
    }

    /** Number of Welch bins counted as mains. */
    int mainsBinCount() {
        return mainsBins.length;
    }

    /** Returns mains power over reference-band power for a one-sided density; 0 when no mains band applies. */
    double ratio(double[] density) {
        double mains = 0;
        for (int j : mainsBins) {
            mains += density[j];
        }
        double reference = 0;
        for (int j = referenceFirst; j <= referenceLast; j++) {
            reference += density[j];
        }
        if (mains == 0) {
            return 0;
        }
        return reference > 0 ? mains / reference : Double.POSITIVE_INFINITY;
    }
}
