package io.seizmon.simulator.synth;

import io.seizmon.core.recording.LabelledEvent;
import java.util.Arrays;
import java.util.List;

/**
 * A subject's whole schedule, drawn before the first sample: its vigilance-state epochs (contiguous, covering the
 * recording) and its events (sorted by start sample, then kind).
 *
 * @param states epochs in order, the first starting at sample 0, the last ending at the last sample
 * @param events scheduled events sorted by {@link SynthEvent#startSample()}
 */
public record SubjectSchedule(List<StateEpoch> states, List<SynthEvent> events) {

    public SubjectSchedule {
        states = List.copyOf(states);
        events = List.copyOf(events);
    }

    /** The events of one kind, in order. */
    public List<SynthEvent> events(EventKind kind) {
        return events.stream().filter(e -> e.kind() == kind).toList();
    }

    /** The state at sample {@code index} (the last epoch's state past the end). */
    public BrainState stateAt(long index) {
        long[] starts = states.stream().mapToLong(StateEpoch::startSample).toArray();
        int i = Arrays.binarySearch(starts, index);
        return states.get(i >= 0 ? i : Math.max(0, -i - 2)).state();
    }

    /** Every event as an events.tsv row, in order. */
    public List<LabelledEvent> labelledEvents(double sampleRateHz, List<String> channelLabels) {
        return events.stream().map(e -> e.toLabelledEvent(sampleRateHz, channelLabels)).toList();
    }
}
