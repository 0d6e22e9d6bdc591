package io.seizmon.simulator.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.seizmon.core.recording.LabelledEvent;
import io.seizmon.core.wire.Topics;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyntheticSourceTest {

    /** Twenty minutes, three channels, every kind of event several times. */
    private static final SynthSpec BUSY = busy(SynthSpec.of(1000, 1200, 21).withChannelCount(3));

    /** {@code spec} with seizures every few minutes and every other kind 30 times an hour (mains 12). */
    static SynthSpec busy(SynthSpec spec) {
        SynthSpec s = spec.withMinSeizureSpacingSeconds(120).withSeizuresPerDay(400).withSeizureSeconds(10, 40);
        for (EventKind kind : s.eventsPerHour().keySet()) {
            s = s.withEventsPerHour(kind, kind == EventKind.MAINS ? 12 : 30);
        }
        return s;
    }

    @Test
    void sameSpecAndSubjectGiveIdenticalSamplesAndEvents() {
        GeneratedSignal a = GeneratedSignal.read(BUSY, 0);
        GeneratedSignal b = GeneratedSignal.read(BUSY, 0);

        assertThat(a.source.events()).isEqualTo(b.source.events()).isNotEmpty();
        assertThat(a.source.profile()).isEqualTo(b.source.profile());
        for (int c = 0; c < 3; c++) {
            assertSameSamples(a.channels[c], b.channels[c], "channel " + c);
        }
    }

    @Test
    void anotherSeedOrSubjectGivesOtherSamplesAndEvents() {
        GeneratedSignal base = GeneratedSignal.read(BUSY, 0);
        GeneratedSignal otherSeed = GeneratedSignal.read(BUSY.withSeed(22), 0);
        GeneratedSignal otherSubject = GeneratedSignal.read(BUSY, 1);

        for (GeneratedSignal other : List.of(otherSeed, otherSubject)) {
            assertThat(other.source.events()).isNotEqualTo(base.source.events());
            assertThat(other.source.profile()).isNotEqualTo(base.source.profile());
            assertThat(differingSamples(other.x(), base.x())).isGreaterThan(base.length() * 9 / 10);
        }
    }

    @Test
    void chunkSizeDoesNotChangeTheSamples() {
        SynthSpec spec = BUSY.withDurationSeconds(150);
        GeneratedSignal whole = GeneratedSignal.read(spec, 0, 1000);
        assertThat(whole.source.schedule().events()).hasSizeGreaterThan(3);
        for (int chunk : new int[] {1, 7, 4096}) {
            GeneratedSignal chunked = GeneratedSignal.read(spec, 0, chunk);
            for (int c = 0; c < 3; c++) {
                assertSameSamples(chunked.channels[c], whole.channels[c], "chunk " + chunk + ", channel " + c);
            }
        }
    }

    @Test
    void eventsAreTheScheduleAsEventsTsvRowsWithOnlySeizuresMarked() {
        SyntheticSource source = SyntheticSource.subject(BUSY.withDurationSeconds(7200), 0);
        List<LabelledEvent> events = source.events();

        assertThat(events).hasSameSizeAs(source.schedule().events());
        for (int i = 0; i < events.size(); i++) {
            SynthEvent scheduled = source.schedule().events().get(i);
            LabelledEvent row = events.get(i);
            assertThat(row.onsetSeconds()).isEqualTo(scheduled.startSample() / 1000.0);
            assertThat(row.durationSeconds()).isEqualTo(scheduled.samples() / 1000.0);
            assertThat(row.eventType()).isEqualTo(scheduled.kind().label());
            assertThat(row.seizure()).isEqualTo(scheduled.kind() == EventKind.SEIZURE);
            assertThat(row.otherColumns().get(SynthEvent.CHANNEL_COLUMN))
                    .isEqualTo(scheduled.kind() == EventKind.POP ? "EEG" + (scheduled.channel() + 1) : "n/a");
        }
        assertThat(events.stream().map(LabelledEvent::eventType).distinct()).hasSize(EventKind.values().length);
    }

    @Test
    void honoursTheSampleSourceContract() {
        SynthSpec spec = SynthSpec.of(250, 2.5, 3).withChannelCount(2);
        SyntheticSource source = SyntheticSource.subject(spec, 9);

        assertThat(source.name()).isEqualTo("synth-10");
        assertThat(Topics.isValidSubjectId(source.name())).isTrue();
        assertThat(source.sampleRateHz()).isEqualTo(250);
        assertThat(source.channelLabels()).containsExactly("EEG1", "EEG2");
        assertThat(source.durationSeconds()).isEqualTo(2.5);
        float[] buffer = new float[2 * 400];
        assertThat(source.read(buffer, 400)).isEqualTo(400);
        assertThat(source.read(buffer, 400)).isEqualTo(225);
        assertThat(source.read(buffer, 400)).isZero();
        assertThatThrownBy(() -> source.read(buffer, 0)).hasMessage("maxSamples: 0 (expected: >= 1)");
        assertThatThrownBy(() -> source.read(buffer, 401)).hasMessageStartingWith("dst.length: 800");
        source.close();
        source.close();
        assertThatThrownBy(() -> source.read(buffer, 1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SyntheticSource.subject(spec, -1)).hasMessage("subjectIndex: -1 (expected: >= 0)");
        assertThat(SyntheticSource.subjectId(0)).isEqualTo("synth-01");
        assertThat(SyntheticSource.subjectId(122)).isEqualTo("synth-123");
    }

    @Test
    void samplesAreFiniteMicrovoltsWithinTheAmplifierRange() {
        GeneratedSignal signal = GeneratedSignal.read(BUSY.withAmplifierRangeMicrovolts(800), 0);
        for (float[] channel : signal.channels) {
            for (float v : channel) {
                assertThat(Float.isFinite(v) && Math.abs(v) <= 800).as("sample %s", v).isTrue();
            }
        }
        // Background in the tens of µV, not volts or nanovolts.
        assertThat(signal.medianSecondRms(0, signal.length())).isBetween(10.0, 200.0);
    }

    @ParameterizedTest
    @ValueSource(doubles = {64, 173.61, 4000})
    void generatesPlausibleMicrovoltsAtTheRateExtremes(double rateHz) {
        GeneratedSignal signal = GeneratedSignal.read(busy(SynthSpec.of(rateHz, 600, 23)), 0);

        assertThat(signal.source.events()).isNotEmpty();
        for (float v : signal.x()) {
            assertThat(Float.isFinite(v) && Math.abs(v) <= SynthSpec.DEFAULT_AMPLIFIER_RANGE_MICROVOLTS)
                    .as("sample %s", v).isTrue();
        }
        assertThat(signal.medianSecondRms(0, signal.length())).isBetween(10.0, 200.0);
        assertSameSamples(GeneratedSignal.read(busy(SynthSpec.of(rateHz, 600, 23)), 0, 333).x(), signal.x(),
                "again in chunks of 333");
    }

    @Test
    void extraChannelsAreCorrelatedWithTheFirstButNotIdentical() {
        SynthSpec quiet = SynthSpec.of(1000, 300, 4).withChannelCount(3).withSeizuresPerDay(0);
        for (EventKind kind : quiet.eventsPerHour().keySet()) {
            quiet = quiet.withEventsPerHour(kind, 0);
        }
        GeneratedSignal signal = GeneratedSignal.read(quiet, 0);
        for (int c = 1; c < 3; c++) {
            double r = correlation(signal.channels[0], signal.channels[c]);
            assertThat(r).as("channel %d", c).isBetween(0.3, 0.98);
        }
    }

    @Test
    void generatingAllocatesNothingPerSample() {
        SynthSpec spec = busy(SynthSpec.of(1000, 3600, 8).withChannelCount(4));
        SyntheticSource source = SyntheticSource.subject(spec, 0);
        float[] buffer = new float[4 * 1000];
        for (int i = 0; i < 60; i++) {
            source.read(buffer, 1000);
        }
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long eventsBefore = source.schedule().events().stream().filter(e -> e.startSample() < 60_000).count();

        long before = bean.getThreadAllocatedBytes(thread);
        for (int i = 0; i < 600; i++) {
            source.read(buffer, 1000);
        }
        long allocated = bean.getThreadAllocatedBytes(thread) - before;

        long eventsDuring = source.schedule().events().stream().filter(e -> e.startSample() < 660_000).count()
                - eventsBefore;
        assertThat(eventsDuring).as("events started while measuring").isGreaterThan(10);
        // 2.4 M samples: one byte per sample would be 2.4 MB; 1 KB leaves room for the counter's noise.
        assertThat(allocated).as("bytes allocated over 10 minutes of 4 channels").isLessThan(1024);
    }

    static void assertSameSamples(float[] actual, float[] expected, String what) {
        assertThat(actual.length).as(what + ": length").isEqualTo(expected.length);
        int i = Arrays.mismatch(actual, expected);
        assertThat(i).as(what + ": first differing sample %d (%s vs %s)", i, i < 0 ? "" : actual[i],
                i < 0 ? "" : expected[i]).isEqualTo(-1);
    }

    private static int differingSamples(float[] a, float[] b) {
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            n += a[i] != b[i] ? 1 : 0;
        }
        return n;
    }

    private static double correlation(float[] a, float[] b) {
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < a.length; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= a.length;
        mb /= b.length;
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += (a[i] - ma) * (b[i] - mb);
            aa += (a[i] - ma) * (a[i] - ma);
            bb += (b[i] - mb) * (b[i] - mb);
        }
        return ab / Math.sqrt(aa * bb);
    }
}
