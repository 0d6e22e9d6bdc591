package io.seizmon.simulator.synth;

import io.seizmon.core.recording.LabelledEvent;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One scheduled event of a synthetic subject, exact to the sample: the generator renders it on samples
 * {@code [startSample, endSample)} and nowhere else.
 *
 * @param kind        what it is
 * @param startSample first sample, &ge; 0
 * @param endSample   first sample after it, &gt; startSample
 * @param channel     the one channel it affects (electrode pops), or {@link #ALL_CHANNELS}
 * @param seed        seed of the event's own parameters (amplitudes, frequencies, shape), drawn when it starts
 */
public record SynthEvent(EventKind kind, long startSample, long endSample, int channel, long seed) {

    /** {@link #channel()} of an event that affects every channel. */
    public static final int ALL_CHANNELS = -1;
    /** The extra events.tsv column naming the affected channel ({@code n/a} for all). */
    public static final String CHANNEL_COLUMN = "channel";

    public SynthEvent {
        Objects.requireNonNull(kind, "kind");
        if (startSample < 0 || endSample <= startSample) {
            throw new IllegalArgumentException("samples: [" + startSample + ", " + endSample
                    + ") (expected: 0 <= start < end)");
        }
        if (channel < ALL_CHANNELS) {
            throw new IllegalArgumentException("channel: " + channel + " (expected: >= 0, or -1 for all)");
        }
    }

    /** Length in samples. */
    public long samples() {
        return endSample - startSample;
    }

    /** True when sample {@code index} is part of the event. */
    public boolean contains(long index) {
        return index >= startSample && index < endSample;
    }

    /** Onset in seconds at {@code sampleRateHz}. */
    public double onsetSeconds(double sampleRateHz) {
        return startSample / sampleRateHz;
    }

    /** Duration in seconds at {@code sampleRateHz}. */
    public double durationSeconds(double sampleRateHz) {
        return samples() / sampleRateHz;
    }

    /** The events.tsv row / annotation of this event, its channel named from {@code channelLabels}. */
    public LabelledEvent toLabelledEvent(double sampleRateHz, List<String> channelLabels) {
        String channelText = channel == ALL_CHANNELS ? "n/a" : channelLabels.get(channel);
        return new LabelledEvent(onsetSeconds(sampleRateHz), durationSeconds(sampleRateHz), kind.label(),
                LabelledEvent.isSeizureType(kind.label()), Map.of(CHANNEL_COLUMN, channelText));
    }
}
