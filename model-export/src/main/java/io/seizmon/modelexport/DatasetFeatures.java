package io.seizmon.modelexport;

import io.seizmon.core.dataset.DatasetEntry;
import io.seizmon.core.dataset.EntryWindows;
import io.seizmon.core.dataset.LabelledWindow;
import io.seizmon.core.dataset.Manifest;
import io.seizmon.core.dataset.WindowedFeatures;
import io.seizmon.core.recording.RecordingReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The training data of a manifest: its one sample rate, and every entry's windows through eeg-core. */
final class DatasetFeatures {

    private DatasetFeatures() {
    }

    /**
     * Returns the one sample rate of the entries (the manifest's, or the file header's for EDF/BDF).
     *
     * @throws IllegalArgumentException naming the rates when the entries differ, since a model is trained for one
     */
    static double sampleRateHz(Manifest manifest) throws IOException {
        Map<Double, Integer> rates = new TreeMap<>();
        for (DatasetEntry entry : manifest.entries()) {
            double rate = entry.sampleRateHz();
            if (Double.isNaN(rate)) {
                try (RecordingReader reader = entry.open()) {
                    rate = reader.header().signal(entry.channel()).sampleRateHz();
                }
            }
            rates.merge(rate, 1, Integer::sum);
        }
        if (rates.size() != 1) {
            StringBuilder found = new StringBuilder();
            rates.forEach((rate, n) -> found.append(found.length() == 0 ? "" : ", ")
                    .append(String.format(Locale.ROOT, "%s Hz: %d entries", rate, n)));
            throw new IllegalArgumentException(manifest.source() + ": sample rates " + (rates.isEmpty() ? "none"
                    : found) + " (expected: one rate; a model is trained for one feature spec)");
        }
        return rates.keySet().iterator().next();
    }

    /**
     * Each entry of {@code base} with its seizure windows replaced by the seizure windows of the same entry in
     * {@code seizureSource} (the same manifest cut at another hop), in time order; gaps and counts stay
     * {@code base}'s. How the method multiplies the scarce seizure windows: cut them more densely than the others.
     *
     * @throws IllegalArgumentException when the two lists do not hold the same entries in the same order
     */
    static List<EntryWindows> withSeizureWindowsOf(List<EntryWindows> base, List<EntryWindows> seizureSource) {
        if (base.size() != seizureSource.size()) {
            throw new IllegalArgumentException("seizureSource: " + seizureSource.size() + " entries (expected: "
                    + base.size() + ", the same entries)");
        }
        List<EntryWindows> out = new ArrayList<>(base.size());
        for (int i = 0; i < base.size(); i++) {
            EntryWindows b = base.get(i);
            EntryWindows s = seizureSource.get(i);
            if (!b.entry().equals(s.entry())) {
                throw new IllegalArgumentException("seizureSource[" + i + "]: " + s.entry().path() + " (expected: "
                        + b.entry().path() + ")");
            }
            List<LabelledWindow> windows = new ArrayList<>(b.windows().size());
            b.windows().stream().filter(w -> !w.seizure()).forEach(windows::add);
            s.windows().stream().filter(LabelledWindow::seizure).forEach(windows::add);
            windows.sort(Comparator.comparingDouble(LabelledWindow::startSeconds));
            out.add(new EntryWindows(b.entry(), windows, b.gaps(), b.nonFiniteWindows(), b.rejectedRecords()));
        }
        return out;
    }

    /** Every entry's windows, in manifest order. */
    static List<EntryWindows> extract(Manifest manifest, WindowedFeatures windowed) throws IOException {
        List<EntryWindows> all = new ArrayList<>();
        for (DatasetEntry entry : manifest.entries()) {
            all.add(windowed.extract(entry));
        }
        return all;
    }
}
