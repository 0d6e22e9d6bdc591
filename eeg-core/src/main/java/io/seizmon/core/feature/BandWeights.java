package io.seizmon.core.feature;

import java.util.Arrays;

/**
 * Sparse weights that integrate a one-sided Welch PSD over 1-Hz bands: band {@code k} covers
 * {@code [k - 0.5, k + 0.5)} Hz, Welch bin {@code j} (0 &le; j &le; N/2) covers {@code [(j - 0.5) d, (j + 0.5) d)}
 * Hz with {@code d = fs / N}, and the weight of bin {@code j} in band {@code k} is the length in Hz of the
 * intersection. Neither is clipped at 0 Hz or Nyquist: the one-sided DC and Nyquist values are not doubled, so they
 * carry the full width {@code d}, and the sum over all bands of the band powers equals the sum over all bins of
 * {@code psd[j] * d} (Parseval).
 *
 * <p>Layout (compressed rows): band {@code k} uses entries {@code e} in {@code [rowStart[k], rowStart[k + 1])};
 * entry {@code e} is bin {@code bin[e]} with weight {@code weight[e]} Hz. A band with no entries (entirely above
 * Nyquist) has power 0. Immutable once built.
 */
final class BandWeights {

    private final int[] rowStart;
    private final int[] bin;
    private final double[] weight;

    BandWeights(int bandCount, int welchBinCount, double welchBinHz) {
        rowStart = new int[bandCount + 1];
        // Each band edge splits at most one Welch bin, so there are at most welchBinCount + bandCount entries.
        int[] bins = new int[welchBinCount + bandCount];
        double[] weights = new double[welchBinCount + bandCount];
        int entries = 0;
        for (int k = 0; k < bandCount; k++) {
            rowStart[k] = entries;
            double bandLow = k - 0.5;
            double bandHigh = k + 0.5;
            int first = Math.max(0, (int) Math.floor(bandLow / welchBinHz + 0.5) - 1);
            for (int j = first; j < welchBinCount && (j - 0.5) * welchBinHz < bandHigh; j++) {
                double overlap = Math.min(bandHigh, (j + 0.5) * welchBinHz) - Math.max(bandLow, (j - 0.5) * welchBinHz);
                if (overlap > 0) {
                    bins[entries] = j;
                    weights[entries] = overlap;
                    entries++;
                }
            }
        }
        rowStart[bandCount] = entries;
        bin = Arrays.copyOf(bins, entries);
        weight = Arrays.copyOf(weights, entries);
    }

    /** Writes {@code sum over entries of psd[bin] * weight} for every band to {@code out[outOffset + k]}. */
    void integrate(double[] psd, double[] out, int outOffset) {
        for (int k = 0; k + 1 < rowStart.length; k++) {
            double power = 0;
            for (int e = rowStart[k]; e < rowStart[k + 1]; e++) {
                power += psd[bin[e]] * weight[e];
            }
            out[outOffset + k] = power;
        }
    }

    /** Returns the number of bands that have at least one Welch bin (the rest have power 0). */
    int coveredBands() {
        int covered = 0;
        for (int k = 0; k + 1 < rowStart.length; k++) {
            if (rowStart[k + 1] > rowStart[k]) {
                covered++;
            }
        }
        return covered;
    }
}
