package io.seizmon.core.window;

import io.seizmon.core.wire.EegFrame;
import io.seizmon.core.wire.RejectReason;
import java.util.Objects;

/**
 * Turns one stream's frames into windows, checking continuity, and never spanning a gap.
 *
 * <p>Per frame, in order: the channel count and sample rate must match the spec (else the frame is rejected);
 * the sequence number is compared with the expected next one — equal continues the run; lower with a time at or
 * before the expected one is a duplicate or out-of-order frame and is rejected; lower with a later time is a
 * source restart; higher is a sequence gap. A continuous sequence whose first-sample time differs from the
 * previous frame's end by more than the tolerance is a timestamp gap (or overlap). Every break is reported with
 * {@link WindowSink#onGap} and resets the ring: the next window ends {@code windowSamples + phaseSamples} samples
 * into the new run. The phase (0 by default, less than a hop) shifts a stream's window grid: an agent with many
 * streams that started together gives each its own phase, so their windows do not all complete at the same moment
 * (the decisions of a burst would queue behind each other). Within a run, time is derived from the run's first frame and the sample count, so jitter in per-frame
 * timestamps does not move windows.
 *
 * <p>Memory: one ring of {@code channelCount x windowSamples} floats, allocated in the constructor; nothing is
 * allocated per frame or per sample. Not thread-safe: one assembler belongs to one pipeline thread.
 */
public final class WindowAssembler {

    /** Default tolerance between a frame's time stamp and the previous frame's end. */
    public static final long DEFAULT_TOLERANCE_MICROS = 20_000;
    private static final double RATE_TOLERANCE = 1e-6;

    private final String subjectId;
    private final WindowSpec spec;
    private final int channelCount;
    private final long toleranceMicros;
    private final int phaseSamples;
    private final float[][] ring;
    private final Window window;

    private boolean started;
    private long expectedSequence;
    private long expectedStartMicros;
    private long runStartMicros;
    private long runSamples;
    private int writePosition;
    private long nextWindowEnd;
    private long windowCount;
    private long runCount;

    /** Creates an assembler with the default timestamp tolerance. */
    public WindowAssembler(String subjectId, boolean simulated, int channelCount, WindowSpec spec) {
        this(subjectId, simulated, channelCount, spec, DEFAULT_TOLERANCE_MICROS);
    }

    /**
     * Creates an assembler for one stream.
     *
     * @param toleranceMicros largest accepted difference between a frame's first-sample time and the previous
     *                        frame's end, µs, &ge; 0
     */
    public WindowAssembler(String subjectId, boolean simulated, int channelCount, WindowSpec spec,
                           long toleranceMicros) {
        this(subjectId, simulated, channelCount, spec, toleranceMicros, 0);
    }

    /**
     * Creates an assembler for one stream whose window grid is shifted by {@code phaseSamples}: the first window of
     * every run ends {@code windowSamples + phaseSamples} samples into it, the next ones a hop apart.
     *
     * @param toleranceMicros as above
     * @param phaseSamples    0 to {@code hopSamples - 1}
     */
    public WindowAssembler(String subjectId, boolean simulated, int channelCount, WindowSpec spec,
                           long toleranceMicros, int phaseSamples) {
        this.subjectId = Objects.requireNonNull(subjectId, "subjectId");
        this.spec = Objects.requireNonNull(spec, "spec");
        if (channelCount < 1) {
            throw new IllegalArgumentException("channelCount: " + channelCount + " (expected: >= 1)");
        }
        if (toleranceMicros < 0) {
            throw new IllegalArgumentException("toleranceMicros: " + toleranceMicros + " (expected: >= 0)");
        }
        if (phaseSamples < 0 || phaseSamples >= spec.hopSamples()) {
            throw new IllegalArgumentException("phaseSamples: " + phaseSamples + " (expected: 0 to "
                    + (spec.hopSamples() - 1) + ", less than a hop)");
        }
        this.channelCount = channelCount;
        this.toleranceMicros = toleranceMicros;
        this.phaseSamples = phaseSamples;
        this.ring = new float[channelCount][spec.windowSamples()];
        this.window = new Window(subjectId, simulated, spec, ring);
    }

    /** The geometry this assembler cuts by. */
    public WindowSpec spec() {
        return spec;
    }

    /** Number of windows emitted so far. */
    public long windowCount() {
        return windowCount;
    }

    /**
     * Appends a frame, calling the sink for every gap and window it completes, and for a rejection.
     *
     * @return true if the frame's samples were used, false if it was rejected
     */
    public boolean append(EegFrame frame, WindowSink sink) {
        if (frame.channelCount() != channelCount) {
            sink.onRejected(frame, RejectReason.CHANNEL_MISMATCH, "channels: " + frame.channelCount()
                    + " (expected: " + channelCount + " for stream " + subjectId + ")");
            return false;
        }
        if (Math.abs(frame.sampleRateHz() - spec.sampleRateHz()) > RATE_TOLERANCE * spec.sampleRateHz()) {
            sink.onRejected(frame, RejectReason.SAMPLE_RATE_MISMATCH, "sampleRateHz: " + frame.sampleRateHz()
                    + " (expected: " + spec.sampleRateHz() + " for stream " + subjectId + ")");
            return false;
        }
        if (!started) {
            startRun(frame);
        } else if (!checkContinuity(frame, sink)) {
            return false;
        }
        copySamples(frame, sink);
        expectedSequence = frame.sequence() + 1;
        expectedStartMicros = frame.firstSampleMicros() + spec.samplesToMicros(frame.samplesPerChannel());
        return true;
    }

    /**
     * Reports that frames were lost before they reached this assembler (for example a full queue): the current
     * run ends with a {@link GapReason#FRAMES_DROPPED} gap, and the next frame starts a new run.
     */
    public void markDropped(long missingFrames, long nowMicros, WindowSink sink) {
        if (started) {
            sink.onGap(new GapMarker(subjectId, runEndMicros(), nowMicros, GapReason.FRAMES_DROPPED,
                    missingFrames));
            started = false;
        }
    }

    private boolean checkContinuity(EegFrame frame, WindowSink sink) {
        long seq = frame.sequence();
        long t0 = frame.firstSampleMicros();
        if (seq == expectedSequence) {
            long drift = t0 - expectedStartMicros;
            if (Math.abs(drift) > toleranceMicros) {
                gap(frame, drift > 0 ? GapReason.TIMESTAMP_GAP : GapReason.TIMESTAMP_OVERLAP, 0, sink);
            }
            return true;
        }
        if (seq > expectedSequence) {
            gap(frame, GapReason.SEQUENCE_GAP, seq - expectedSequence, sink);
            return true;
        }
        if (t0 > expectedStartMicros + toleranceMicros) {
            gap(frame, GapReason.STREAM_RESTART, 0, sink);
            return true;
        }
        boolean duplicate = seq == expectedSequence - 1;
        sink.onRejected(frame, duplicate ? RejectReason.DUPLICATE_FRAME : RejectReason.OUT_OF_ORDER_FRAME,
                "sequence: " + seq + " (expected: " + expectedSequence + " for stream " + subjectId + ")");
        return false;
    }

    private void gap(EegFrame frame, GapReason reason, long missing, WindowSink sink) {
        sink.onGap(new GapMarker(subjectId, runEndMicros(), frame.firstSampleMicros(), reason, missing));
        startRun(frame);
    }

    private long runEndMicros() {
        return runStartMicros + spec.samplesToMicros(runSamples);
    }

    private void startRun(EegFrame frame) {
        runCount++;
        started = true;
        runStartMicros = frame.firstSampleMicros();
        runSamples = 0;
        writePosition = 0;
        nextWindowEnd = spec.windowSamples() + phaseSamples;
    }

    private void copySamples(EegFrame frame, WindowSink sink) {
        float[] samples = frame.samples();
        int n = frame.samplesPerChannel();
        int capacity = spec.windowSamples();
        int i = 0;
        while (i < n) {
            int chunk = (int) Math.min(n - i, Math.min(nextWindowEnd - runSamples, capacity - writePosition));
            for (int c = 0; c < channelCount; c++) {
                float[] r = ring[c];
                int src = i * channelCount + c;
                for (int k = 0; k < chunk; k++, src += channelCount) {
                    r[writePosition + k] = samples[src];
                }
            }
            i += chunk;
            runSamples += chunk;
            writePosition += chunk;
            if (writePosition == capacity) {
                writePosition = 0;
            }
            if (runSamples == nextWindowEnd) {
                emit(sink);
            }
        }
    }

    private void emit(WindowSink sink) {
        long startSample = runSamples - spec.windowSamples();
        window.moveTo(writePosition, windowCount, runStartMicros + spec.samplesToMicros(startSample), runCount - 1);
        windowCount++;
        nextWindowEnd += spec.hopSamples();
        sink.onWindow(window);
    }
}
