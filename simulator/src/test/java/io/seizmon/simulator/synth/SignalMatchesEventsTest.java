package io.seizmon.simulator.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The annotations are where the signal says they are: each kind of event shows its signature inside its interval,
 * from its first sample to its last, and the background around it does not.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignalMatchesEventsTest {

    private static final double RANGE = SynthSpec.DEFAULT_AMPLIFIER_RANGE_MICROVOLTS;
    private GeneratedSignal signal;

    @BeforeAll
    void generateFourBusyHours() {
        SynthSpec spec = SynthSpec.of(1000, 4 * 3600, 31).withSeizuresPerDay(48)
                .withEventsPerHour(EventKind.MAINS, 0).withEventsPerHour(EventKind.SATURATION, 2)
                .withEventsPerHour(EventKind.FLATLINE, 2).withEventsPerHour(EventKind.SPINDLE, 6);
        signal = GeneratedSignal.read(spec, 0);
        assertThat(events(EventKind.SEIZURE)).as("seizures in 4 h").hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void seizuresStandOutInAmplitudeAndLineLengthFromTheMinuteBefore() {
        for (SynthEvent sz : events(EventKind.SEIZURE)) {
            double before = signal.medianSecondRms(sz.startSample() - signal.samples(60), sz.startSample());
            assertThat(signal.rms(sz.startSample(), sz.endSample()) / before).as("RMS ratio of %s", sz)
                    .isGreaterThan(1.5);
            double loudest = 0;
            for (long s = sz.startSample(); s + signal.samples(1) <= sz.endSample(); s += signal.samples(1)) {
                loudest = Math.max(loudest, signal.rms(s, s + signal.samples(1)));
            }
            assertThat(loudest / before).as("loudest second of %s over the background", sz).isGreaterThan(2.5);
            double lineLengthBefore = medianLineLength(sz.startSample() - signal.samples(60), sz.startSample());
            assertThat(signal.lineLengthPerSecond(sz.startSample(), sz.endSample()) / lineLengthBefore)
                    .as("line-length ratio of %s", sz).isGreaterThan(1.5);
        }
    }

    @Test
    void everySeizureIsFollowedBySuppressedBackground() {
        for (SynthEvent post : events(EventKind.POSTICTAL)) {
            long seizureStart = events(EventKind.SEIZURE).stream().filter(s -> s.endSample() == post.startSample())
                    .findFirst().orElseThrow().startSample();
            double before = signal.medianSecondRms(seizureStart - signal.samples(60), seizureStart);
            long half = post.startSample() + post.samples() / 2;
            assertThat(signal.rms(post.startSample(), half) / before).as("suppression after %s", post)
                    .isLessThan(0.6);
        }
    }

    @Test
    void seizuresSlowDownFromOnsetToEnd() {
        int checked = 0;
        for (SynthEvent sz : events(EventKind.SEIZURE)) {
            if (sz.samples() >= signal.samples(30)) {
                int early = signal.dominantBand(sz.startSample() + sz.samples() / 5, 1, 30);
                int late = signal.dominantBand(sz.endSample() - signal.samples(5), 1, 30);
                assertThat(early).as("dominant Hz early vs late in %s", sz).isGreaterThan(late);
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }

    @Test
    void flatLinesAreExactlyFlatFromTheirFirstSampleToTheirLast() {
        float[] x = signal.x();
        for (SynthEvent flat : events(EventKind.FLATLINE)) {
            for (long i = flat.startSample(); i < flat.endSample(); i++) {
                assertThat(x[(int) i]).as("sample %d of %s", i, flat).isZero();
            }
            assertThat(x[(int) flat.startSample() - 1]).as("sample before %s", flat).isNotZero();
            assertThat(x[(int) flat.endSample()]).as("sample after %s", flat).isNotZero();
        }
    }

    @Test
    void saturationSitsAtTheRailAndNothingElseDoes() {
        float[] x = signal.x();
        boolean[] inside = new boolean[x.length];
        for (SynthEvent sat : events(EventKind.SATURATION)) {
            int atRail = 0;
            for (long i = sat.startSample(); i < sat.endSample(); i++) {
                inside[(int) i] = true;
                atRail += Math.abs(x[(int) i]) == RANGE ? 1 : 0;
            }
            assertThat((double) atRail / sat.samples()).as("share at the rail in %s", sat).isGreaterThan(0.7);
        }
        long outsideAtRail = 0;
        for (int i = 0; i < x.length; i++) {
            outsideAtRail += !inside[i] && Math.abs(x[i]) == RANGE ? 1 : 0;
        }
        assertThat(outsideAtRail).as("samples at the rail outside saturation events").isLessThan(x.length / 10_000);
    }

    @Test
    void movementAndSpikeTrainsRaiseTheAmplitudeAndChewingTheLineLength() {
        for (SynthEvent e : events(EventKind.MOVEMENT)) {
            assertThat(signal.rms(e.startSample(), e.endSample()) / before(e)).as("RMS ratio of %s", e)
                    .isGreaterThan(2);
        }
        for (SynthEvent e : events(EventKind.SPIKE_TRAIN)) {
            assertThat(signal.rms(e.startSample(), e.endSample()) / before(e)).as("RMS ratio of %s", e)
                    .isGreaterThan(1.5);
        }
        for (SynthEvent e : events(EventKind.CHEWING)) {
            double lineLength = signal.lineLengthPerSecond(e.startSample(), e.endSample());
            assertThat(lineLength / medianLineLength(e.startSample() - signal.samples(60), e.startSample()))
                    .as("line-length ratio of %s", e).isGreaterThan(2);
        }
    }

    @Test
    void spindleTrainsPutPowerAtTheSubjectsSpindleFrequency() {
        int band = (int) Math.round(signal.source.profile().spindleHz());
        for (SynthEvent e : events(EventKind.SPINDLE)) {
            double inside = spindlePower(e.startSample(), band);
            double[] before = new double[11];
            for (int w = 0; w < before.length; w++) {
                before[w] = spindlePower(e.startSample() - signal.samples(60 - 5 * w), band);
            }
            Arrays.sort(before);
            assertThat(inside / before[before.length / 2]).as("spindle-band power ratio of %s to the median of the "
                    + "minute before", e).isGreaterThan(5);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {50, 60})
    void mainsEpisodesShowAPeakAtTheMainsFrequency(int mainsHz) {
        SynthSpec spec = SynthSpec.of(1000, 2 * 3600, 32).withMainsHz(mainsHz).withEventsPerHour(EventKind.MAINS, 3)
                .withSeizuresPerDay(0);
        GeneratedSignal mains = GeneratedSignal.read(spec, 0);
        List<SynthEvent> episodes = mains.source.schedule().events(EventKind.MAINS);
        assertThat(episodes).isNotEmpty();
        double before = mains.bandPowers(episodes.get(0).startSample() - mains.samples(20))[mainsHz];
        for (SynthEvent e : episodes) {
            long start = e.startSample() + mains.samples(2);
            if (start + mains.samples(5) <= e.endSample()) {
                assertThat(peakRatio(mains, start, mainsHz)).as("peak over neighbours in %s", e).isGreaterThan(10);
                assertThat(mains.bandPowers(start)[mainsHz] / before).as("mains power in %s over the baseline "
                        + "pick-up before the first episode", e).isGreaterThan(20);
            }
        }
    }

    @Test
    void popsStepOnTheirOwnChannelOnly() {
        SynthSpec spec = SynthSpec.of(1000, 3600, 33).withChannelCount(2).withEventsPerHour(EventKind.POP, 20);
        GeneratedSignal twoChannels = GeneratedSignal.read(spec, 0);
        List<SynthEvent> pops = twoChannels.source.schedule().events(EventKind.POP);
        assertThat(pops.stream().map(SynthEvent::channel).distinct()).containsExactlyInAnyOrder(0, 1);
        for (SynthEvent pop : pops) {
            int at = (int) pop.startSample();
            for (int c = 0; c < 2; c++) {
                float[] x = twoChannels.channels[c];
                double step = Math.abs(x[at] - x[at - 1]);
                if (c == pop.channel()) {
                    assertThat(step).as("step on channel %d at %s", c, pop).isGreaterThan(150);
                } else {
                    assertThat(step).as("step on channel %d at %s", c, pop).isLessThan(50);
                }
            }
        }
    }

    private List<SynthEvent> events(EventKind kind) {
        return signal.source.schedule().events(kind);
    }

    /** Median 1-s RMS of the minute before {@code e}. */
    private double before(SynthEvent e) {
        return signal.medianSecondRms(e.startSample() - signal.samples(60), e.startSample());
    }

    private double medianLineLength(long from, long to) {
        long second = signal.samples(1);
        double[] values = new double[(int) ((to - from) / second)];
        for (int p = 0; p < values.length; p++) {
            values[p] = signal.lineLengthPerSecond(from + p * second, from + (p + 1) * second);
        }
        Arrays.sort(values);
        return values[values.length / 2];
    }

    private double spindlePower(long start, int band) {
        double[] p = signal.bandPowers(start);
        return p[band - 1] + p[band] + p[band + 1];
    }

    private static double peakRatio(GeneratedSignal s, long start, int hz) {
        double[] p = s.bandPowers(start);
        return p[hz] / ((p[hz - 5] + p[hz + 5]) / 2);
    }
}
