package io.seizmon.core.wire;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The newest window's seizure probability for each channel of one stream, published by an edge agent every hop on
 * the subject's {@code scores} topic ({@link ScoreUpdateCodec}, {@code docs/topics.md} "Scores payload").
 * Immutable: the constructor copies the array and the list, {@link #probabilities()} returns a copy.
 *
 * <p>Index {@code c} of {@code probabilities} and {@code quality} is channel {@code c} of the stream's frames.
 * A channel is scored exactly when its quality is {@link ChannelQuality#OK}: then its probability is in 0..1;
 * otherwise it is {@link Double#NaN}, which the JSON form writes as {@code null}.
 *
 * @param agentId           the agent that scored ({@link Topics#isValidAgentId})
 * @param subjectId         the stream's subject ({@link Topics#isValidSubjectId})
 * @param simulated         true under the {@code sim} root
 * @param windowStartMicros the window's first sample, µs since the epoch on the stream's time base
 * @param windowEndMicros   just after the window's last sample, &ge; {@code windowStartMicros}
 * @param probabilities     1..{@value FrameLimits#MAX_CHANNELS} entries, each in 0..1, or NaN where not scored
 * @param quality           the quality gate's verdict per channel, same length as {@code probabilities}
 * @param threshold         the detection policy's threshold, in (0, 1]
 * @param modelId           the model that scored, 1..128 characters, no control characters
 */
public record ScoreUpdate(String agentId, String subjectId, boolean simulated, long windowStartMicros,
                          long windowEndMicros, double[] probabilities, List<ChannelQuality> quality, double threshold,
                          String modelId) {

    /** @throws IllegalArgumentException naming the first invalid component */
    public ScoreUpdate {
        probabilities = Objects.requireNonNull(probabilities, "probabilities").clone();
        quality = List.copyOf(Objects.requireNonNull(quality, "quality"));
        PayloadChecks.require(PayloadChecks.checkAgentId("agentId", agentId));
        PayloadChecks.require(FrameLimits.checkSubjectId(subjectId));
        PayloadChecks.require(windowEndMicros >= windowStartMicros ? null : "windowEndMicros: " + windowEndMicros
                + " (expected: >= windowStartMicros " + windowStartMicros + ")");
        PayloadChecks.require(checkChannels(probabilities, quality));
        PayloadChecks.require(threshold > 0 && threshold <= 1 ? null
                : "threshold: " + threshold + " (expected: > 0 and <= 1)");
        PayloadChecks.require(PayloadChecks.checkModelId(modelId));
    }

    /** Returns a copy of the probabilities, NaN where a channel was not scored. */
    @Override
    public double[] probabilities() {
        return probabilities.clone();
    }

    /** Returns the number of channels. */
    public int channelCount() {
        return probabilities.length;
    }

    /** Returns the probability of {@code channel}, NaN when it was not scored. */
    public double probability(int channel) {
        return probabilities[channel];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScoreUpdate that && simulated == that.simulated
                && windowStartMicros == that.windowStartMicros && windowEndMicros == that.windowEndMicros
                && Double.compare(threshold, that.threshold) == 0 && agentId.equals(that.agentId)
                && subjectId.equals(that.subjectId) && Arrays.equals(probabilities, that.probabilities)
                && quality.equals(that.quality) && modelId.equals(that.modelId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(agentId, subjectId, simulated, windowStartMicros, windowEndMicros,
                Arrays.hashCode(probabilities), quality, threshold, modelId);
    }

    @Override
    public String toString() {
        return "ScoreUpdate[agentId=" + agentId + ", subjectId=" + subjectId + ", simulated=" + simulated
                + ", windowStartMicros=" + windowStartMicros + ", windowEndMicros=" + windowEndMicros
                + ", probabilities=" + Arrays.toString(probabilities) + ", quality=" + quality + ", threshold="
                + threshold + ", modelId=" + modelId + "]";
    }

    private static String checkChannels(double[] probabilities, List<ChannelQuality> quality) {
        String problem = FrameLimits.checkChannelCount(probabilities.length);
        if (problem != null) {
            return "probabilities: " + probabilities.length + " entries (expected: 1.." + FrameLimits.MAX_CHANNELS
                    + ")";
        }
        if (quality.size() != probabilities.length) {
            return "quality: " + quality.size() + " entries (expected: one per probability = " + probabilities.length
                    + ")";
        }
        for (int c = 0; c < probabilities.length; c++) {
            double p = probabilities[c];
            boolean scored = quality.get(c).scoreable();
            if (scored ? !(p >= 0 && p <= 1) : !Double.isNaN(p)) {
                return "probabilities[" + c + "]: " + p + " (expected: " + (scored ? "0..1" : "NaN (null)")
                        + " for quality " + quality.get(c).wireName() + ")";
            }
        }
        return null;
    }
}
