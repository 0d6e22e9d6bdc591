package io.seizmon.simulator.synth;

import static org.assertj.core.api.Assertions.assertThat;

import io.seizmon.core.feature.FeatureSpec;
import io.seizmon.core.quality.QualitySpec;
import io.seizmon.core.quality.SignalQualityGate;
import io.seizmon.core.wire.ChannelQuality;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs eeg-core's signal quality gate (default thresholds) over every 5-s window (1-s hop) of four busy hours of
 * synthetic EEG, whose artefacts are labelled: flat lines and saturation must be refused, mains episodes refused,
 * and seizures, post-ictal suppression, movement, chewing, spindles and spike trains, and clean background must
 * pass. Prints the verdicts per class of window (docs/signal-quality.md quotes them).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignalQualitySyntheticTest {

    private static final double WINDOW_SECONDS = 5;

    @ParameterizedTest
    @ValueSource(ints = {50, 60})
    void gateRefusesArtefactsAndPassesEeg(int mainsHz) {
        SynthSpec spec = SynthSpec.of(1000, 4 * 3600, mainsHz).withSeizuresPerDay(48).withMainsHz(mainsHz)
                .withEventsPerHour(EventKind.MAINS, 3).withEventsPerHour(EventKind.SATURATION, 3)
                .withEventsPerHour(EventKind.FLATLINE, 3);
        GeneratedSignal signal = GeneratedSignal.read(spec, 0);
        Map<String, Map<ChannelQuality, Integer>> verdicts = assessAllWindows(signal, mainsHz);
        String report = report(mainsHz, verdicts);
        System.out.print(report);

        assertThat(fraction(verdicts, "sz", ChannelQuality.OK)).as(report).isEqualTo(1.0);
        assertThat(fraction(verdicts, "clean", ChannelQuality.OK)).as(report).isGreaterThan(0.999);
        for (String kind : new String[] {"postictal", "artifact_movement", "artifact_chewing", "spindle",
                "spike_train"}) {
            assertThat(fraction(verdicts, kind, ChannelQuality.OK)).as(kind + "\n" + report).isGreaterThan(0.99);
        }
        assertThat(fraction(verdicts, "flatline", ChannelQuality.OK)).as(report).isZero();
        assertThat(fraction(verdicts, "flatline", ChannelQuality.FLAT)).as(report).isGreaterThan(0.95);
        // A window wholly at the rail is constant, so FLAT; one that leaves the rail shows CLIPPING.
        assertThat(fraction(verdicts, "saturation", ChannelQuality.OK)).as(report).isZero();
        assertThat(fraction(verdicts, "clean+mains", ChannelQuality.MAINS)).as(report).isGreaterThan(0.85);
    }

    private static Map<String, Map<ChannelQuality, Integer>> assessAllWindows(GeneratedSignal signal, int mainsHz) {
        FeatureSpec features = FeatureSpec.of(signal.rateHz, WINDOW_SECONDS);
        SignalQualityGate gate = new SignalQualityGate(QualitySpec.DEFAULT, features);
        int n = features.windowSamples();
        int hop = (int) Math.round(signal.rateHz);
        double[] window = new double[n];
        float[] x = signal.x();
        Map<String, Map<ChannelQuality, Integer>> verdicts = new TreeMap<>();
        SignalQualityGate meter = new SignalQualityGate(QualitySpec.measureOnly(), features);
        Map<String, java.util.List<Double>> measures = new TreeMap<>();
        for (int start = 0; start + n <= x.length; start += hop) {
            for (int i = 0; i < n; i++) {
                window[i] = x[start + i];
            }
            String windowClass = classify(signal.source.schedule(), start, start + n);
            verdicts.computeIfAbsent(windowClass, k -> new EnumMap<>(ChannelQuality.class))
                    .merge(gate.assess(window, 0), 1, Integer::sum);
            if (meter.assess(window, 0) == ChannelQuality.OK) {
                measures.computeIfAbsent(windowClass + " mainsRatio", k -> new java.util.ArrayList<>())
                        .add(meter.lastMainsRatio());
                measures.computeIfAbsent(windowClass + " std", k -> new java.util.ArrayList<>())
                        .add(meter.lastStdMicrovolts());
                measures.computeIfAbsent(windowClass + " run", k -> new java.util.ArrayList<>())
                        .add(meter.lastLongestRunSeconds());
                measures.computeIfAbsent(windowClass + " extreme", k -> new java.util.ArrayList<>())
                        .add(meter.lastExtremeFraction());
            }
        }
        measures.forEach((k, v) -> {
            java.util.Collections.sort(v);
            System.out.printf(Locale.ROOT, "synth %d Hz mains, %s: n=%d min=%.4g p1=%.4g p5=%.4g p50=%.4g "
                    + "p99=%.4g max=%.4g%n", mainsHz, k,
                    v.size(), v.get(0), v.get(v.size() / 100), v.get(v.size() / 20), v.get(v.size() / 2),
                    v.get(v.size() * 99 / 100), v.get(v.size() - 1));
        });
        return verdicts;
    }

    /**
     * The window's class: the label of the exclusive event covering at least half of it, "partial" when one covers
     * less, else "clean"; with "+mains" when a mains episode covers all of it, or "mains-edge" when one covers part.
     */
    private static String classify(SubjectSchedule schedule, long from, long to) {
        String exclusive = "clean";
        String mains = "";
        for (SynthEvent e : schedule.events()) {
            long overlap = Math.min(to, e.endSample()) - Math.max(from, e.startSample());
            if (overlap <= 0) {
                continue;
            }
            if (e.kind() == EventKind.MAINS) {
                mains = overlap == to - from ? "+mains" : "mains-edge";
            } else if (e.kind() != EventKind.POP || e.channel() == 0 || e.channel() == SynthEvent.ALL_CHANNELS) {
                exclusive = 2 * overlap >= to - from ? e.kind().label() : "partial";
            }
        }
        return mains.equals("mains-edge") ? mains : exclusive + mains;
    }

    private static double fraction(Map<String, Map<ChannelQuality, Integer>> verdicts, String windowClass,
                                   ChannelQuality verdict) {
        Map<ChannelQuality, Integer> counts = verdicts.get(windowClass);
        assertThat(counts).as("windows of class " + windowClass).isNotNull();
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        return (double) counts.getOrDefault(verdict, 0) / total;
    }

    private static String report(int mainsHz, Map<String, Map<ChannelQuality, Integer>> verdicts) {
        StringBuilder text = new StringBuilder();
        verdicts.forEach((windowClass, counts) -> text.append(String.format(Locale.ROOT, "synth %d Hz mains, %s: %s%n",
                mainsHz, windowClass, counts)));
        return text.toString();
    }
}
