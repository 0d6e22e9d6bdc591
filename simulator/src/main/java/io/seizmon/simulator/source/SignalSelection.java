package io.seizmon.simulator.source;

import io.seizmon.core.recording.RecordingFormat;
import io.seizmon.core.recording.RecordingHeader;
import io.seizmon.core.recording.SignalInfo;
import io.seizmon.core.wire.FrameLimits;
import io.seizmon.core.wire.StreamMeta;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Which signals of a recording form its one stream, at which rate, and how their values become µV.
 *
 * <p>A stream has one rate. Without a request, the data signals sharing the most common rate are streamed (on a
 * tie, the rate of the earliest such signal in file order) and the others are skipped with a warning that names
 * them. With a request ({@code --channels}), each entry is a signal label (exact, first match: labels need not be
 * unique) or else a 0-based index among the data signals; the picked signals must share one rate. Annotation
 * signals are never streamed.
 *
 * <p>Units: {@code uV}/{@code µV} are kept, {@code mV}, {@code V} and {@code nV} are converted to µV (wire frames
 * carry µV), any other or an empty unit is passed through unchanged with a warning (text formats have none and
 * are taken as µV without one).
 *
 * @param signals           indices into the header's signals, in stream channel order
 * @param sampleRateHz      the stream's rate
 * @param labels            one label per channel, usable in {@link StreamMeta}: 1..64 characters, no controls
 * @param microvoltsPerUnit per channel, the factor from the file's physical unit to µV
 */
record SignalSelection(int[] signals, double sampleRateHz, List<String> labels, double[] microvoltsPerUnit) {

    static SignalSelection choose(RecordingHeader header, List<String> requested, Consumer<String> warnings) {
        int[] data = header.dataSignalIndices();
        if (data.length == 0) {
            throw new IllegalArgumentException(header.file() + ": no data signals (only annotations)");
        }
        int[] picked = requested.isEmpty() ? mostCommonRate(header, data, warnings) : pick(header, data, requested);
        double rateHz = header.signal(picked[0]).sampleRateHz();
        String problem = FrameLimits.MIN_SAMPLE_RATE_HZ <= rateHz && rateHz <= FrameLimits.MAX_SAMPLE_RATE_HZ
                ? null : "sample rate " + rateHz + " Hz (expected: 1..100000 Hz for the wire format)";
        if (problem == null && picked.length > FrameLimits.MAX_CHANNELS) {
            problem = picked.length + " signals (expected: at most " + FrameLimits.MAX_CHANNELS + "; pick with "
                    + "--channels)";
        }
        if (problem != null) {
            throw new IllegalArgumentException(header.file() + ": " + problem);
        }
        List<String> labels = new ArrayList<>();
        double[] factors = new double[picked.length];
        for (int c = 0; c < picked.length; c++) {
            SignalInfo signal = header.signal(picked[c]);
            labels.add(label(signal.label(), c));
            factors[c] = factor(header, signal, warnings);
        }
        return new SignalSelection(picked, rateHz, List.copyOf(labels), factors);
    }

    /** Returns the factor from {@code unit} to µV, or NaN when it is not a voltage unit this knows. */
    static double microvoltsPer(String unit) {
        return switch (unit.strip().toLowerCase(Locale.ROOT)) {
            case "uv", "\u00b5v", "\u03bcv", "microvolt", "microvolts" -> 1;
            case "mv", "millivolt", "millivolts" -> 1e3;
            case "v", "volt", "volts" -> 1e6;
            case "nv", "nanovolt", "nanovolts" -> 1e-3;
            default -> Double.NaN;
        };
    }

    private static double factor(RecordingHeader header, SignalInfo signal, Consumer<String> warnings) {
        if (header.format() == RecordingFormat.CSV || header.format() == RecordingFormat.TEXT) {
            return 1;
        }
        double factor = microvoltsPer(signal.physicalDimension());
        if (Double.isNaN(factor)) {
            warnings.accept(header.file() + ": signal '" + signal.label() + "' has unit '"
                    + signal.physicalDimension() + "', not a voltage: its values are published unconverted as µV");
            return 1;
        }
        return factor;
    }

    private static int[] mostCommonRate(RecordingHeader header, int[] data, Consumer<String> warnings) {
        Map<Double, List<Integer>> byRate = new LinkedHashMap<>();
        for (int s : data) {
            byRate.computeIfAbsent(header.signal(s).sampleRateHz(), r -> new ArrayList<>()).add(s);
        }
        List<Integer> best = byRate.values().stream().reduce((a, b) -> b.size() > a.size() ? b : a).orElseThrow();
        if (best.size() < data.length) {
            List<String> skipped = new ArrayList<>();
            for (int s : data) {
                if (!best.contains(s)) {
                    skipped.add("'" + header.signal(s).label() + "' (" + header.signal(s).sampleRateHz() + " Hz)");
                }
            }
            warnings.accept(header.file() + ": streaming the " + best.size() + " signals at "
                    + header.signal(best.get(0)).sampleRateHz() + " Hz; skipped at other rates: "
                    + String.join(", ", skipped) + " (pick signals of one rate with --channels)");
        }
        return best.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] pick(RecordingHeader header, int[] data, List<String> requested) {
        int[] picked = new int[requested.size()];
        for (int i = 0; i < picked.length; i++) {
            picked[i] = find(header, data, requested.get(i).strip());
        }
        double rateHz = header.signal(picked[0]).sampleRateHz();
        for (int s : picked) {
            if (header.signal(s).sampleRateHz() != rateHz) {
                throw new IllegalArgumentException(header.file() + ": --channels picks signals at different rates: '"
                        + header.signal(picked[0]).label() + "' " + rateHz + " Hz and '" + header.signal(s).label()
                        + "' " + header.signal(s).sampleRateHz() + " Hz (expected: one rate per stream)");
            }
        }
        return picked;
    }

    private static int find(RecordingHeader header, int[] data, String wanted) {
        for (int s : data) {
            if (header.signal(s).label().strip().equals(wanted)) {
                return s;
            }
        }
        if (wanted.matches("\\d{1,9}") && Integer.parseInt(wanted) < data.length) {
            return data[Integer.parseInt(wanted)];
        }
        List<String> labels = new ArrayList<>();
        for (int s : data) {
            labels.add(header.signal(s).label().strip());
        }
        throw new IllegalArgumentException(header.file() + ": --channels '" + wanted + "' is neither a signal label "
                + "nor an index 0.." + (data.length - 1) + " (labels: " + abbreviate(labels) + ")");
    }

    private static String abbreviate(List<String> labels) {
        return labels.size() <= 20 ? String.join(", ", labels)
                : String.join(", ", labels.subList(0, 20)) + ", ... (" + labels.size() + " in all)";
    }

    /** Returns {@code raw} fit for stream metadata: stripped, controls replaced, cut to 64, never empty. */
    static String label(String raw, int channel) {
        String label = raw.strip().codePoints().map(c -> Character.isISOControl(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (label.isEmpty()) {
            return "ch" + (channel + 1);
        }
        return label.length() > StreamMeta.MAX_LABEL_LENGTH ? label.substring(0, StreamMeta.MAX_LABEL_LENGTH) : label;
    }
}
