package io.seizmon.core.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.seizmon.core.dataset.ContinuousRecording;
import io.seizmon.core.dataset.DatasetEntry;
import io.seizmon.core.dataset.LabelledSegment;
import io.seizmon.core.dataset.Manifest;
import io.seizmon.core.dataset.Manifests;
import io.seizmon.core.dataset.WindowedFeatures;
import io.seizmon.core.feature.FeatureSpec;
import io.seizmon.core.testing.TestData;
import io.seizmon.core.wire.ChannelQuality;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Runs the gate with its default thresholds over every window (1-s hop) of the public recordings and checks that
 * real EEG, seizures above all, is essentially never refused. Prints the rates per dataset, class and verdict, and
 * the distributions of the measurements behind the thresholds (docs/signal-quality.md quotes them).
 */
class SignalQualityRealDataTest {

    private static final double HOP_SECONDS = 1.0;

    @Test
    void bonnWindowsAreAlmostNeverRefusedAndSeizuresNever() throws IOException {
        QualityTally tally = run(TestData.require("bonn"), FeatureSpec.of(173.61), QualitySpec.DEFAULT);
        assertThat(tally.total("seizure")).isPositive();
        assertThat(tally.flagged("seizure")).as(tally.report("bonn")).isZero();
        assertThat(tally.flaggedFraction("non-seizure")).as(tally.report("bonn")).isLessThan(0.005);
        // Bonn is 12-bit (-2048..2047): F009 touches the +2047 rail, and those are the only windows refused.
        assertThat(tally.count("non-seizure", ChannelQuality.CLIPPING)).isEqualTo(tally.flagged("non-seizure"));
        assertThat(tally.clippedAwayFromRail()).as(tally.report("bonn")).isZero();
    }

    @Test
    void nguyenSegmentsAreAlmostNeverRefused() throws IOException {
        // z-scored, not µV (SD about 1): the µV floor of the flat check does not apply, so it is off here.
        QualitySpec unitless = QualitySpec.of(0, QualitySpec.DEFAULT_MAX_IDENTICAL_RUN_SECONDS,
                QualitySpec.DEFAULT_CLIPPING_FRACTION, QualitySpec.DEFAULT_MAINS_RATIO);
        QualityTally tally = run(TestData.require("nguyen2018-eeg-4s-segments"), FeatureSpec.of(512, 4), unitless);
        assertThat(tally.flaggedFraction("seizure")).as(tally.report("nguyen")).isLessThan(0.005);
        assertThat(tally.flaggedFraction("non-seizure")).as(tally.report("nguyen")).isLessThan(0.005);
    }

    @Test
    void sienaSeizuresAreNeverRefused() throws IOException {
        QualityTally tally = run(TestData.require("siena-pn00-f8-64hz"), FeatureSpec.of(64), QualitySpec.DEFAULT);
        assertThat(tally.total("seizure")).isPositive();
        assertThat(tally.flagged("seizure")).as(tally.report("siena")).isZero();
        assertThat(tally.flaggedFraction("non-seizure")).as(tally.report("siena")).isLessThan(0.01);
    }

    private static QualityTally run(Path folder, FeatureSpec spec, QualitySpec quality) throws IOException {
        Manifest manifest = Manifests.load(folder);
        SignalQualityGate gate = new SignalQualityGate(quality, spec);
        SignalQualityGate meter = new SignalQualityGate(QualitySpec.measureOnly(), spec);
        QualityTally tally = new QualityTally();
        int n = spec.windowSamples();
        int hop = (int) Math.round(HOP_SECONDS * spec.sampleRateHz());
        for (DatasetEntry entry : manifest.entries()) {
            double[] x = EntrySamples.read(entry);
            for (int start = 0; start + n <= x.length; start += hop) {
                String windowClass = isSeizure(entry, start / spec.sampleRateHz(), (start + n) / spec.sampleRateHz())
                        ? "seizure" : "non-seizure";
                ChannelQuality verdict = gate.assess(x, start);
                tally.add(windowClass, verdict);
                if (verdict == ChannelQuality.CLIPPING && !touchesTwelveBitRail(x, start, n)) {
                    tally.clippedAwayFromRail(1);
                }
                if (meter.assess(x, start) == ChannelQuality.OK) {
                    tally.measure("std", meter.lastStdMicrovolts());
                    tally.measure("runSeconds", meter.lastLongestRunSeconds());
                    tally.measure("extremeFraction", meter.lastExtremeFraction());
                    tally.measure("mainsRatio", meter.lastMainsRatio());
                }
            }
        }
        System.out.print(tally.report(folder.getFileName().toString()));
        return tally;
    }

    private static boolean touchesTwelveBitRail(double[] x, int start, int n) {
        for (int i = start; i < start + n; i++) {
            if (x[i] >= 2047 || x[i] <= -2048) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSeizure(DatasetEntry entry, double startSeconds, double endSeconds) {
        return entry instanceof LabelledSegment segment ? segment.seizure()
                : WindowedFeatures.isSeizure(((ContinuousRecording) entry).seizures(), startSeconds, endSeconds);
    }
}
