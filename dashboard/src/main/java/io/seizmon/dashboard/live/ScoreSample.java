package io.seizmon.dashboard.live;

import java.util.List;
import java.util.Objects;

/**
 * A scores message as the board needs it ({@code docs/topics.md}, "Scores payload").
 *
 * @param key           the subject
 * @param agent         the agent that scored it
 * @param windowEndUs   end of the window, µs, stream time base
 * @param probabilities per channel, 0..1, NaN where not scored
 * @param quality       per channel quality verdict ({@code ok}, {@code flat}, ...)
 * @param threshold     detection threshold
 */
public record ScoreSample(SubjectKey key, String agent, long windowEndUs, double[] probabilities,
                          List<String> quality, double threshold) {

    public ScoreSample {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(agent, "agent");
        probabilities = probabilities.clone();
        quality = List.copyOf(quality);
    }

    /** The highest probability over the scored channels, or NaN when none was scored. */
    public double maxProbability() {
        double best = Double.NaN;
        for (double p : probabilities) {
            if (!Double.isNaN(p) && (Double.isNaN(best) || p > best)) {
                best = p;
            }
        }
        return best;
    }
}
