package io.seizmon.core.dataset;

import io.seizmon.core.feature.FeatureSpec;
import io.seizmon.core.feature.WindowFeatures;
import io.seizmon.core.quality.QualitySpec;
import io.seizmon.core.quality.SignalQualityGate;
import io.seizmon.core.recording.RecordingReader;
import io.seizmon.core.recording.SignalInfo;
import io.seizmon.core.window.GapMarker;
import io.seizmon.core.window.Window;
import io.seizmon.core.window.WindowAssembler;
import io.seizmon.core.window.WindowSink;
import io.seizmon.core.window.WindowSpec;
import io.seizmon.core.wire.ChannelQuality;
import io.seizmon.core.wire.EegFrame;
import io.seizmon.core.wire.RejectReason;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Turns a {@link DatasetEntry} into labelled feature windows through the same code the edge agent runs: each data
 * record of the entry's channel becomes one {@link EegFrame} (sequence = record index, time = the record's onset,
 * so EDF+D gaps become {@link GapMarker}s), the frames go through a {@link WindowAssembler}, and every window
 * through {@link WindowFeatures}. Samples go in as the file holds them (raw A/D counts or normalised values too).
 *
 * <p>Labels: every window of a {@link LabelledSegment} carries the segment's label. A window of a
 * {@link ContinuousRecording} is a seizure when the labelled seizures cover at least
 * {@value #SEIZURE_OVERLAP_FRACTION} of its length ({@link #isSeizure}); see {@code docs/datasets.md}.
 *
 * <p>Gating (the {@link QualitySpec} constructor): every window first goes through a {@link SignalQualityGate}, as
 * in the edge agent; a window the gate refuses is kept with its verdict ({@link LabelledWindow#quality()}) and NaN
 * features, and is not to be scored. Without a gate every finite window is {@code OK}.
 *
 * <p>Not thread-safe: one instance belongs to one thread (it reuses one periodogram and its buffers).
 */
public final class WindowedFeatures {

    /** The fraction of a window a seizure must cover for the window to be labelled seizure. */
    public static final double SEIZURE_OVERLAP_FRACTION = 0.5;

    private static final String SUBJECT = "dataset";
    private static final double RATE_TOLERANCE = 1e-6;

    private final WindowFeatures features;
    private final WindowSpec windowSpec;
    private final SignalQualityGate gate;

    /**
     * Plans the computation.
     *
     * @param spec       the feature spec (its rate must be every entry's rate)
     * @param hopSeconds distance between window starts, seconds, &gt; 0 and &le; the spec's window
     * @throws IllegalArgumentException naming the hop when {@link WindowSpec#of} refuses it
     */
    public WindowedFeatures(FeatureSpec spec, double hopSeconds) {
        this.features = new WindowFeatures(Objects.requireNonNull(spec, "spec"));
        this.windowSpec = features.windowSpec(hopSeconds);
        this.gate = null;
    }

    /**
     * Plans the computation with the signal quality gate in front of the features, as the edge agent runs it.
     *
     * @throws IllegalArgumentException naming the hop when {@link WindowSpec#of} refuses it
     */
    public WindowedFeatures(FeatureSpec spec, double hopSeconds, QualitySpec quality) {
        this.features = new WindowFeatures(Objects.requireNonNull(spec, "spec"));
        this.windowSpec = features.windowSpec(hopSeconds);
        this.gate = new SignalQualityGate(quality, spec);
    }

    /** The feature spec. */
    public FeatureSpec spec() {
        return features.spec();
    }

    /** The window geometry (the spec's rate and window, this hop). */
    public WindowSpec windowSpec() {
        return windowSpec;
    }

    /**
     * Reads the entry and returns its windows, oldest first.
     *
     * @throws IOException              naming the file when it cannot be read
     * @throws IllegalArgumentException naming the file when its channel does not exist, is an annotation signal,
     *                                  or its sample rate differs from the spec's
     */
    public EntryWindows extract(DatasetEntry entry) throws IOException {
        Collector collector = new Collector(entry);
        WindowAssembler assembler = new WindowAssembler(SUBJECT, true, 1, windowSpec);
        try (RecordingReader reader = entry.open()) {
            checkSignal(entry, reader);
            double[] physical = new double[reader.header().signal(entry.channel()).samplesPerRecord()];
            while (reader.nextRecord()) {
                int n = reader.samplesInRecord(entry.channel());
                if (n == 0) {
                    continue;
                }
                reader.readPhysical(entry.channel(), physical, 0);
                float[] samples = new float[n];
                for (int i = 0; i < n; i++) {
                    samples[i] = (float) physical[i];
                }
                long micros = Math.round(reader.recordOnsetSeconds() * 1e6);
                assembler.append(new EegFrame(SUBJECT, true, reader.recordIndex(), micros,
                        windowSpec.sampleRateHz(), 1, n, samples), collector);
            }
        }
        return collector.result();
    }

    /**
     * The label rule for continuous recordings: true when the seizures cover at least
     * {@value #SEIZURE_OVERLAP_FRACTION} of {@code [startSeconds, endSeconds)} (overlaps of several seizures add).
     */
    public static boolean isSeizure(List<SeizureInterval> seizures, double startSeconds, double endSeconds) {
        double covered = 0;
        for (SeizureInterval seizure : seizures) {
            covered += Math.max(0, Math.min(endSeconds, seizure.offsetSeconds())
                    - Math.max(startSeconds, seizure.onsetSeconds()));
        }
        return covered >= SEIZURE_OVERLAP_FRACTION * (endSeconds - startSeconds);
    }

    private void checkSignal(DatasetEntry entry, RecordingReader reader) {
        List<SignalInfo> signals = reader.header().signals();
        if (entry.channel() >= signals.size() || signals.get(entry.channel()).annotation()) {
            throw new IllegalArgumentException(entry.path() + ": channel " + entry.channel()
                    + " (expected: a data signal of " + signals.size() + " signals)");
        }
        double rateHz = signals.get(entry.channel()).sampleRateHz();
        if (Math.abs(rateHz - windowSpec.sampleRateHz()) > RATE_TOLERANCE * windowSpec.sampleRateHz()) {
            throw new IllegalArgumentException(entry.path() + ": sampleRateHz " + rateHz + " of channel "
                    + entry.channel() + " (expected: " + windowSpec.sampleRateHz() + " of the feature spec)");
        }
    }

    /** Receives the assembler's output for one entry. */
    private final class Collector implements WindowSink {

        private final DatasetEntry entry;
        private final List<LabelledWindow> windows = new ArrayList<>();
        private final List<GapMarker> gaps = new ArrayList<>();
        private int nonFinite;
        private int rejected;

        Collector(DatasetEntry entry) {
            this.entry = entry;
        }

        @Override
        public void onWindow(Window window) {
            float[] out = new float[features.spec().binCount()];
            ChannelQuality quality = gate == null ? ChannelQuality.OK : gate.assess(window, 0);
            if (quality == ChannelQuality.NON_FINITE) {
                nonFinite++;
            }
            if (quality != ChannelQuality.OK) {
                Arrays.fill(out, Float.NaN);
            } else if (!features.compute(window, 0, out, 0)) {
                nonFinite++;
                return;
            }
            double start = window.startMicros() / 1e6;
            double end = window.endMicros() / 1e6;
            boolean seizure = entry instanceof LabelledSegment s ? s.seizure()
                    : isSeizure(((ContinuousRecording) entry).seizures(), start, end);
            windows.add(new LabelledWindow(start, end, seizure, out, quality));
        }

        @Override
        public void onGap(GapMarker gap) {
            gaps.add(gap);
        }

        @Override
        public void onRejected(EegFrame frame, RejectReason reason, String detail) {
            rejected++;
        }

        EntryWindows result() {
            return new EntryWindows(entry, windows, gaps, nonFinite, rejected);
        }
    }
}
