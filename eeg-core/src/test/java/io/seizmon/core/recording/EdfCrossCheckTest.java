package io.seizmon.core.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.seizmon.core.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compares our physical samples and annotations with an independent reader: EDFlib through {@code edfdump.c}, and
 * for the file EDFlib cannot be compared on, MNE's reference values.
 *
 * <p>Tolerance for EDFlib: {@code 1e-9 * |value| + 1e-6 * physicalStep}; both sides apply the same linear map in
 * double arithmetic, so anything near a digital step is a real disagreement. EDFlib clips digital values outside
 * {@code digitalMin..digitalMax} (mne/test.edf has such values); our reader does not, so the comparison clips our
 * value to the physical range first.
 */
class EdfCrossCheckTest {

    static final int N = 64;

    @ParameterizedTest
    @ValueSource(strings = {"pyedflib/test_generator.edf", "pyedflib/test_legacy.edf", "pyedflib/test_generator.bdf",
        "pyedflib/test_generator_datarec_generator_0_5.bdf", "pyedflib/test_generator_datarec_generator_2.bdf",
        "pyedflib/test_subsecond.edf", "pyedflib/test_utf8.edf", "mne/test.bdf", "mne/test.edf",
        "mne/test_bdf_stim_channel.bdf", "mne/test_edf_stim_channel.edf", "mne/test_stim_channel.edf",
        "mne/test_uneven_samp.edf", "mne/duplicate_channel_labels.edf"})
    void agreesWithEdflib(String relative) throws Exception {
        Path file = TestData.require(EdfReaderRealFilesTest.DIR + relative);
        Edflib.Result result = Edflib.dump(file, N);
        assumeTrue(result instanceof Edflib.Dump, () -> "skipped: EDFlib refuses " + file + " (" + result
                + "); its header facts are checked in EdfReaderRealFilesTest");
        assertSameAsEdflib(file, (Edflib.Dump) result);
    }

    static void assertSameAsEdflib(Path file, Edflib.Dump edflib) throws IOException {
        try (EdfReader reader = EdfReader.open(file, RecordingOptions.DEFAULTS)) {
            RecordingHeader h = reader.header();
            assertThat(h.recordCount()).as("records").isEqualTo(edflib.records());
            int[] mine = edflibVisibleSignals(h);
            assertThat(mine).as("signals EDFlib shows").hasSize(edflib.signals().size());
            long[] middle = new long[h.signalCount()];
            for (int i = 0; i < mine.length; i++) {
                middle[mine[i]] = edflib.signals().get(i).middleStart();
            }
            SignalSampler sampled = SignalSampler.sample(reader, N, middle);
            for (int i = 0; i < mine.length; i++) {
                Edflib.Signal theirs = edflib.signals().get(i);
                SignalInfo info = h.signal(mine[i]);
                assertThat(info.label()).isEqualTo(theirs.label());
                assertThat(info.samplesPerRecord()).isEqualTo(theirs.samplesPerRecord());
                if (!info.annotation()) {
                    assertThat(sampled.count[mine[i]]).isEqualTo(theirs.samplesInFile());
                    assertClose(file, info, "first", sampled.first[mine[i]], theirs.first());
                    assertClose(file, info, "middle", sampled.middle[mine[i]], theirs.middle());
                }
            }
            if (h.format().isPlus()) {
                assertSameAnnotations(reader, edflib);
            }
        }
    }

    /** EDFlib hides annotation signals in EDF+/BDF+ only; in plain EDF it shows them as ordinary signals. */
    static int[] edflibVisibleSignals(RecordingHeader h) {
        return h.format().isPlus() ? h.dataSignalIndices()
                : IntStream.range(0, h.signalCount()).toArray();
    }

    static void assertClose(Path file, SignalInfo info, String where, double[] ours, double[] theirs) {
        double step = Math.abs(info.physicalStep());
        double low = Math.min(info.physicalMin(), info.physicalMax());
        double high = Math.max(info.physicalMin(), info.physicalMax());
        for (int k = 0; k < theirs.length; k++) {
            double tolerance = 1e-9 * Math.abs(theirs[k]) + 1e-6 * step;
            double clipped = Math.max(low, Math.min(high, ours[k]));
            if (!(Math.abs(clipped - theirs[k]) <= tolerance)) {
                fail(file + " signal '" + info.label() + "' " + where + " sample " + k + ": ours " + ours[k]
                        + ", EDFlib " + theirs[k] + ", error " + Math.abs(ours[k] - theirs[k]) + " > tolerance "
                        + tolerance);
            }
        }
    }

    /** EDFlib's onsets are relative to the first record's onset (the sub-second start), in units of 100 ns. */
    static void assertSameAnnotations(EdfReader reader, Edflib.Dump edflib) throws IOException {
        double start = firstRecordOnset(reader);
        List<String> ours = new ArrayList<>();
        for (Annotation a : reader.annotations()) {
            ours.add(key(a.onsetSeconds() - start, a.durationSeconds(), a.text()));
        }
        List<String> theirs = edflib.annotations().stream()
                .map(a -> key(a.onsetSeconds(), a.durationSeconds(), a.text())).toList();
        assertThat(ours).containsExactlyInAnyOrderElementsOf(theirs);
    }

    static double firstRecordOnset(EdfReader reader) throws IOException {
        try (EdfReader again = EdfReader.open(reader.header().file(), RecordingOptions.DEFAULTS)) {
            return again.nextRecord() ? again.recordOnsetSeconds() : 0;
        }
    }

    private static String key(double onset, double duration, String text) {
        return Math.floor(onset * 1e7 + 0.5) / 1e7 + " " + (Double.isNaN(duration) ? "-" : duration) + " " + text;
    }

    @Test
    void agreesWithMneReferenceValues() throws IOException {
        Path edf = TestData.require(EdfReaderRealFilesTest.DIR + "mne/test_edf_stim_channel.edf");
        Path txt = TestData.require(EdfReaderRealFilesTest.DIR + "mne/test_edf_stim_channel.txt");
        List<String> rows = Files.readAllLines(txt).stream().filter(l -> !l.isBlank()).toList();
        try (EdfReader reader = EdfReader.open(edf, RecordingOptions.DEFAULTS)) {
            SignalSampler sampled = SignalSampler.sample(reader, rows.size(), new long[25]);
            for (int row = 0; row < rows.size(); row++) {
                String[] values = rows.get(row).strip().split(" +");
                assertThat(values).as("row %d", row + 1).hasSize(25);
                for (int s = 0; s < 25; s++) {
                    double ref = Double.parseDouble(values[s]);
                    double ours = sampled.first[s][row];
                    // MNE's text has at most 7 significant digits and is not always rounded from the exact
                    // value, so allow half a digital step plus half a unit in the 7th digit.
                    double tolerance = 0.5 * Math.abs(reader.header().signal(s).physicalStep())
                            + 5e-7 * Math.abs(ref);
                    if (!(Math.abs(ours - ref) <= tolerance)) {
                        fail(edf + " row " + (row + 1) + " signal " + s + ": ours " + ours + ", MNE " + ref
                                + ", error " + Math.abs(ours - ref) + " > tolerance " + tolerance);
                    }
                }
            }
        }
    }
}
