package io.seizmon.core.dataset;

import io.seizmon.core.window.GapMarker;
import java.util.List;
import java.util.Objects;

/**
 * The labelled windows of one {@link DatasetEntry}, in time order, with what was left out.
 *
 * @param entry            the entry they came from (its {@link DatasetEntry#group()} is every window's group)
 * @param windows          the windows, oldest first: with finite features, or (when gated) refused by the signal
 *                         quality gate with NaN features
 * @param gaps             the breaks in the recording (EDF+D gaps, overlapping records): no window spans one
 * @param nonFiniteWindows windows with non-finite samples: dropped when not gated, kept as
 *                         {@code NON_FINITE} when gated
 * @param rejectedRecords  data records the window assembler refused (see {@link io.seizmon.core.wire.RejectReason})
 */
public record EntryWindows(DatasetEntry entry, List<LabelledWindow> windows, List<GapMarker> gaps,
                           int nonFiniteWindows, int rejectedRecords) {

    public EntryWindows {
        Objects.requireNonNull(entry, "entry");
        windows = List.copyOf(windows);
        gaps = List.copyOf(gaps);
    }

    /** Number of windows labelled seizure. */
    public long seizureCount() {
        return windows.stream().filter(LabelledWindow::seizure).count();
    }
}
