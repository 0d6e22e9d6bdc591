package io.seizmon.simulator.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A model trained on this data must not get away with an easy trick. For each one-number detector on 5-s windows
 * (total power, line length, peak amplitude, the power of any single 1-Hz band) the threshold is set as high as it
 * can be while still catching every seizure (the lowest, over seizures, of the highest window value inside the
 * seizure); it then flags non-seizure windows too: artefacts, seizure-like events or plain background. And the
 * subjects differ: what a seizure looks like in one is not what it looks like in the next.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EasyTricksTest {

    private static final int SUBJECTS = 4;
    private static final SynthSpec SPEC = SynthSpec.of(1000, 3 * 3600, 5).withSeizuresPerDay(48);

    private final List<GeneratedSignal> subjects = new ArrayList<>();
    /** Highest feature values per seizure (one row per seizure). */
    private final List<double[]> seizurePeaks = new ArrayList<>();
    /** Feature values of every window that overlaps no seizure, with what it overlaps. */
    private final List<double[]> otherWindows = new ArrayList<>();
    private final List<String> otherLabels = new ArrayList<>();

    /** Feature layout: 100 band powers, then total power, line length and peak amplitude. */
    private static final int POWER = 100;
    private static final int LINE_LENGTH = 101;
    private static final int PEAK = 102;

    @BeforeAll
    void measureEveryWindow() {
        for (int s = 0; s < SUBJECTS; s++) {
            GeneratedSignal signal = GeneratedSignal.read(SPEC, s);
            subjects.add(signal);
            Map<SynthEvent, double[]> peaks = new LinkedHashMap<>();
            long window = signal.samples(5);
            for (long start = 0; start + window <= signal.length(); start += window) {
                double[] features = features(signal, start);
                SynthEvent hit = overlapping(signal, start, start + window);
                if (hit != null && hit.kind() == EventKind.SEIZURE) {
                    double[] max = peaks.computeIfAbsent(hit, e -> new double[features.length]);
                    for (int k = 0; k < features.length; k++) {
                        max[k] = Math.max(max[k], features[k]);
                    }
                } else {
                    otherWindows.add(features);
                    otherLabels.add(hit == null ? "background"
                            : hit.kind().label() + "@" + s + ":" + hit.startSample());
                }
            }
            seizurePeaks.addAll(peaks.values());
        }
        assertThat(seizurePeaks).as("seizures in %d subjects x 3 h", SUBJECTS).hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void totalPowerThatCatchesEverySeizureAlsoFlagsArtefactsAndSeizureLikeEvents() {
        assertFlagsManyEvents(POWER, "total power");
    }

    @Test
    void lineLengthThatCatchesEverySeizureAlsoFlagsArtefactsAndSeizureLikeEvents() {
        assertFlagsManyEvents(LINE_LENGTH, "line length");
    }

    @Test
    void peakAmplitudeThatCatchesEverySeizureAlsoFlagsArtefactsAndSeizureLikeEvents() {
        assertFlagsManyEvents(PEAK, "peak amplitude");
    }

    @Test
    void noSingleBandSeparatesSeizuresFromEverythingElse() {
        for (int band = 0; band < 100; band++) {
            assertThat(flagged(band)).as("non-seizure windows flagged by the %d-Hz band", band)
                    .hasSizeGreaterThan(2);
        }
    }

    @Test
    void seizureRhythmsDifferAcrossSubjects() {
        List<Double> centroids = new ArrayList<>();
        for (GeneratedSignal signal : subjects) {
            double[] sum = new double[100];
            for (SynthEvent sz : signal.source.schedule().events(EventKind.SEIZURE)) {
                for (long start = sz.startSample(); start + signal.samples(5) <= sz.endSample();
                     start += signal.samples(5)) {
                    double[] p = signal.bandPowers(start);
                    for (int k = 0; k < 100; k++) {
                        sum[k] += p[k];
                    }
                }
            }
            double weighted = 0;
            double total = 0;
            for (int k = 2; k <= 20; k++) {
                weighted += k * sum[k];
                total += sum[k];
            }
            double centroid = weighted / total;
            centroids.add(centroid);
            double base = signal.source.profile().seizureBaseHz();
            assertThat(centroid).as("seizure spectral centroid (2-20 Hz) of %s (base %.1f Hz)",
                    signal.source.name(), base).isBetween(0.6 * base, 2.5 * base);
        }
        double spread = centroids.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
                - centroids.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        assertThat(spread).as("spread of the seizure spectral centroid over subjects %s", centroids)
                .isGreaterThan(2);
    }

    @Test
    void backgroundLevelAndSpectralExponentDifferAcrossSubjects() {
        double low = Double.MAX_VALUE;
        double high = 0;
        Set<Double> exponents = new HashSet<>();
        for (GeneratedSignal signal : subjects) {
            double level = signal.medianSecondRms(0, signal.length());
            low = Math.min(low, level);
            high = Math.max(high, level);
            exponents.add(signal.source.profile().spectralExponent());
        }
        assertThat(high / low).as("ratio of the highest to the lowest median background RMS").isGreaterThan(1.5);
        assertThat(exponents).hasSize(SUBJECTS);
    }

    private void assertFlagsManyEvents(int feature, String name) {
        List<String> flagged = flagged(feature);
        Set<String> events = new HashSet<>();
        Set<String> kinds = new HashSet<>();
        for (String label : flagged) {
            if (!label.equals("background")) {
                events.add(label);
                kinds.add(label.substring(0, label.indexOf('@')));
            }
        }
        assertThat(events).as("events flagged by %s", name).hasSizeGreaterThanOrEqualTo(20);
        assertThat(kinds).as("kinds flagged by %s", name).hasSizeGreaterThanOrEqualTo(3);
    }

    /** Labels of the non-seizure windows at or above the highest threshold that still catches every seizure. */
    private List<String> flagged(int feature) {
        double threshold = seizurePeaks.stream().mapToDouble(p -> p[feature]).min().orElseThrow();
        List<String> flagged = new ArrayList<>();
        for (int i = 0; i < otherWindows.size(); i++) {
            if (otherWindows.get(i)[feature] >= threshold) {
                flagged.add(otherLabels.get(i));
            }
        }
        return flagged;
    }

    private static double[] features(GeneratedSignal signal, long start) {
        double[] f = new double[103];
        System.arraycopy(signal.bandPowers(start), 0, f, 0, 100);
        float[] x = signal.x();
        long end = start + signal.samples(5);
        double power = 0;
        double lineLength = 0;
        double peak = 0;
        for (long i = start; i < end; i++) {
            power += x[(int) i] * (double) x[(int) i];
            lineLength += i > start ? Math.abs(x[(int) i] - x[(int) i - 1]) : 0;
            peak = Math.max(peak, Math.abs(x[(int) i]));
        }
        f[POWER] = power / (end - start);
        f[LINE_LENGTH] = lineLength;
        f[PEAK] = peak;
        return f;
    }

    /** The seizure overlapping [start, end) if any, else the first other event (mains aside), else null. */
    private static SynthEvent overlapping(GeneratedSignal signal, long start, long end) {
        SynthEvent other = null;
        for (SynthEvent e : signal.source.schedule().events()) {
            if (e.startSample() < end && e.endSample() > start && e.kind() != EventKind.MAINS) {
                if (e.kind() == EventKind.SEIZURE) {
                    return e;
                }
                other = other == null ? e : other;
            }
        }
        return other;
    }
}
