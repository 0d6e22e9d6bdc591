package io.seizmon.core.wire;

import java.util.List;
import java.util.Objects;

/**
 * What a stream is, published retained on its {@code meta} topic ({@link StreamMetaCodec}): one per subject and
 * root, so a subscriber learns the channels before (or without) the first frame.
 *
 * @param subjectId     the stream's subject, as in its topics ({@link Topics#isValidSubjectId})
 * @param simulated     true under the {@code sim} root
 * @param channelLabels one label per channel in frame order, e.g. {@code "EEG Fp1-F7"}: 1..64 characters, no
 *                      control characters; 1..1024 channels
 * @param units         one unit per channel, the unit of the values in frames, 1..16 characters, e.g.
 *                      {@code "uV"} (v1 frames always carry µV, so v1 producers write {@code "uV"})
 * @param sampleRateHz  samples per second per channel, finite, 1..100000, as in every frame of the stream
 * @param source        free text naming where the data come from (device, recording, generator), 0..256 characters
 */
public record StreamMeta(String subjectId, boolean simulated, List<String> channelLabels, List<String> units,
                         double sampleRateHz, String source) {

    /** Longest channel label, characters. */
    public static final int MAX_LABEL_LENGTH = 64;
    /** Longest unit, characters. */
    public static final int MAX_UNIT_LENGTH = 16;
    /** Longest source description, characters. */
    public static final int MAX_SOURCE_LENGTH = 256;

    /** @throws IllegalArgumentException naming the first invalid component */
    public StreamMeta {
        Objects.requireNonNull(channelLabels, "channelLabels");
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(source, "source");
        channelLabels = List.copyOf(channelLabels);
        units = List.copyOf(units);
        String problem = FrameLimits.checkSubjectId(subjectId);
        if (problem == null) {
            problem = problem(channelLabels, units, sampleRateHz, source);
        }
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Returns the number of channels. */
    public int channelCount() {
        return channelLabels.size();
    }

    /** Returns null if the components other than the subject are valid, else what is wrong with the first. */
    static String problem(List<String> channelLabels, List<String> units, double sampleRateHz, String source) {
        String problem = FrameLimits.checkSampleRate(sampleRateHz);
        if (problem == null) {
            problem = FrameLimits.checkChannelCount(channelLabels.size());
        }
        if (problem == null && units.size() != channelLabels.size()) {
            problem = "units: " + units.size() + " entries (expected: one per channel = " + channelLabels.size() + ")";
        }
        for (int c = 0; problem == null && c < channelLabels.size(); c++) {
            problem = checkText("channelLabels[" + c + "]", channelLabels.get(c), 1, MAX_LABEL_LENGTH);
            if (problem == null) {
                problem = checkText("units[" + c + "]", units.get(c), 1, MAX_UNIT_LENGTH);
            }
        }
        return problem == null ? checkText("source", source, 0, MAX_SOURCE_LENGTH) : problem;
    }

    static String checkText(String name, String text, int minLength, int maxLength) {
        if (text == null) {
            return name + ": null (expected: a string)";
        }
        boolean control = text.chars().anyMatch(Character::isISOControl);
        if (text.length() < minLength || text.length() > maxLength || control) {
            return name + ": " + Rejections.printable(text) + " (expected: " + minLength + ".." + maxLength
                    + " characters, no control characters)";
        }
        return null;
    }
}
