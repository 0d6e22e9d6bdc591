package io.seizmon.simulator.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.seizmon.core.feature.FeatureSpec;
import io.seizmon.core.feature.WelchPeriodogram;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The filters behind the background: measured with eeg-core's Welch periodogram on 200 s of output. */
class NoiseSourcesTest {

    private static final double RATE_HZ = 1000;
    private static final int WINDOWS = 40;

    /** RMS of the output of the last {@link #spectrum} call. */
    private double rms;

    @ParameterizedTest
    @ValueSource(doubles = {1.0, 1.7, 2.0, 2.5, 3.0})
    void pinkNoiseFallsAsOneOverFToTheBetaWithUnitRms(double beta) {
        PinkNoise pink = new PinkNoise(RATE_HZ, beta);
        Rng rng = new Rng(5);
        pink.warmUp(rng, RATE_HZ, 20);
        double[] spectrum = spectrum(white -> pink.next(white), rng);

        // Least-squares slope of log10 power over log10 frequency, 4-80 Hz (between the corners).
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        int n = 0;
        for (int k = 4; k <= 80; k++) {
            double x = Math.log10(k);
            double y = Math.log10(spectrum[k]);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
            n++;
        }
        double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        assertThat(-slope).as("fitted exponent for β = %s", beta).isCloseTo(beta, within(0.15));
        assertThat(rms).as("RMS").isCloseTo(1, within(0.1));
    }

    @ParameterizedTest
    @CsvSource({"2.5, 1.5", "7, 1.2", "40, 12"})
    void resonatorPeaksAtItsCentreAndFallsAwayFromIt(double centreHz, double bandwidthHz) {
        Resonator resonator = new Resonator(RATE_HZ, centreHz, bandwidthHz);
        double[] spectrum = spectrum(resonator::next, new Rng(6));

        int peak = 0;
        for (int k = 1; k < 100; k++) {
            peak = spectrum[k] > spectrum[peak] ? k : peak;
        }
        assertThat((double) peak).isCloseTo(centreHz, within(1.0));
        int far = (int) Math.min(99, Math.round(centreHz * 3 + 10));
        assertThat(spectrum[far] / spectrum[peak]).as("power %d Hz away over the peak", far - peak).isLessThan(1e-2);
        assertThat(rms).isCloseTo(1, within(0.15));
    }

    /** Mean 1-Hz band powers of {@value #WINDOWS} 5-s windows of {@code filter} driven by white noise. */
    private double[] spectrum(DoubleUnaryOperator filter, Rng rng) {
        WelchPeriodogram periodogram = new WelchPeriodogram(FeatureSpec.of(RATE_HZ));
        double[] window = new double[5000];
        double[] powers = new double[100];
        double[] mean = new double[100];
        double sum = 0;
        for (int w = 0; w < WINDOWS; w++) {
            for (int i = 0; i < window.length; i++) {
                window[i] = filter.applyAsDouble(rng.gaussian());
                sum += window[i] * window[i];
            }
            periodogram.computeBandPowers(window, 0, powers, 0);
            for (int k = 0; k < 100; k++) {
                mean[k] += powers[k] / WINDOWS;
            }
        }
        rms = Math.sqrt(sum / (WINDOWS * 5000.0));
        return mean;
    }
}
