package io.seizmon.simulator.synth;

import io.seizmon.core.recording.LabelledEvent;
import io.seizmon.core.wire.Topics;
import io.seizmon.simulator.source.SampleSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One synthetic subject as a {@link SampleSource}: subject {@code subjectIndex} (0-based) of a {@link SynthSpec}
 * run, named {@link #subjectId(int)}. Its profile and whole schedule are drawn from
 * {@link SynthSpec#subjectSeed(int)} when it is created, so {@link #events()} is complete before the first read and
 * lists exactly the events the samples contain. The samples are a pure function of the spec and the subject index:
 * the same for every chunking of {@link #read} calls.
 *
 * <p>Finite: {@link SynthSpec#totalSamples()} samples per channel, then {@link #read} returns 0. Channels are
 * labelled {@code EEG1}, {@code EEG2}, ... Values are µV within ± the amplifier range. Memory does not grow with
 * the duration beyond the schedule (a few hundred events a day).
 *
 * <p>Threading: one thread owns a source. {@link #read} fills the caller's array and keeps no reference to it.
 */
public final class SyntheticSource implements SampleSource {

    /** The prefix of synthetic subject ids. */
    public static final String SUBJECT_PREFIX = "synth-";

    private final SynthSpec spec;
    private final int subjectIndex;
    private final SubjectProfile profile;
    private final SubjectSchedule schedule;
    private final List<String> channelLabels;
    private final List<LabelledEvent> events;
    private final SyntheticEeg generator;
    private final long totalSamples;
    private boolean closed;

    private SyntheticSource(SynthSpec spec, int subjectIndex) {
        this.spec = spec;
        this.subjectIndex = subjectIndex;
        long seed = spec.subjectSeed(subjectIndex);
        this.profile = SubjectProfile.draw(new Rng(seed), spec.channelCount());
        this.schedule = SchedulePlanner.plan(spec, seed);
        List<String> labels = new ArrayList<>();
        for (int c = 1; c <= spec.channelCount(); c++) {
            labels.add("EEG" + c);
        }
        this.channelLabels = List.copyOf(labels);
        this.events = schedule.labelledEvents(spec.sampleRateHz(), channelLabels);
        this.generator = new SyntheticEeg(spec, profile, schedule, seed);
        this.totalSamples = spec.totalSamples();
    }

    /**
     * Creates subject {@code subjectIndex} (0-based) of {@code spec}: draws its profile and schedule.
     *
     * @throws IllegalArgumentException when {@code subjectIndex} is negative
     */
    public static SyntheticSource subject(SynthSpec spec, int subjectIndex) {
        Objects.requireNonNull(spec, "spec");
        if (subjectIndex < 0) {
            throw new IllegalArgumentException("subjectIndex: " + subjectIndex + " (expected: >= 0)");
        }
        return new SyntheticSource(spec, subjectIndex);
    }

    /**
     * The id of subject {@code subjectIndex} (0-based): {@code synth-01}, {@code synth-02}, ... (at least two
     * digits), valid under {@link Topics#isValidSubjectId}.
     */
    public static String subjectId(int subjectIndex) {
        if (subjectIndex < 0) {
            throw new IllegalArgumentException("subjectIndex: " + subjectIndex + " (expected: >= 0)");
        }
        return SUBJECT_PREFIX + String.format(Locale.ROOT, "%02d", subjectIndex + 1);
    }

    /** The subject id, e.g. {@code synth-01}. */
    @Override
    public String name() {
        return subjectId(subjectIndex);
    }

    @Override
    public double sampleRateHz() {
        return spec.sampleRateHz();
    }

    @Override
    public List<String> channelLabels() {
        return channelLabels;
    }

    /** {@link SynthSpec#totalSamples()} / rate, seconds. */
    @Override
    public double durationSeconds() {
        return totalSamples / spec.sampleRateHz();
    }

    /** Every scheduled event as an events.tsv row, sorted by onset; seizures have type {@code sz}. */
    @Override
    public List<LabelledEvent> events() {
        return events;
    }

    /**
     * Generates up to {@code maxSamples} samples per channel into {@code dst}, interleaved ({@code
     * dst[i * channelCount + c]}), in µV.
     *
     * @throws IllegalArgumentException when {@code maxSamples < 1} or {@code dst} holds fewer than
     *                                  {@code maxSamples * channelCount} values
     * @throws IllegalStateException    when the source is closed
     */
    @Override
    public int read(float[] dst, int maxSamples) {
        if (closed) {
            throw new IllegalStateException(name() + ": source is closed");
        }
        if (maxSamples < 1) {
            throw new IllegalArgumentException("maxSamples: " + maxSamples + " (expected: >= 1)");
        }
        int channels = spec.channelCount();
        if (dst.length / channels < maxSamples) {
            throw new IllegalArgumentException("dst.length: " + dst.length + " (expected: >= maxSamples * channels = "
                    + (long) maxSamples * channels + ")");
        }
        int n = (int) Math.min(maxSamples, totalSamples - generator.position());
        generator.generate(dst, 0, n);
        return n;
    }

    /** Samples per channel generated so far. */
    public long position() {
        return generator.position();
    }

    @Override
    public void close() {
        closed = true;
    }

    public SynthSpec spec() {
        return spec;
    }

    /** 0-based index of this subject in its run. */
    public int subjectIndex() {
        return subjectIndex;
    }

    /** The subject's drawn parameters. */
    public SubjectProfile profile() {
        return profile;
    }

    /** The subject's states and events, exact to the sample. */
    public SubjectSchedule schedule() {
        return schedule;
    }
}
