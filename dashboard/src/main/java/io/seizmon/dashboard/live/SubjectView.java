package io.seizmon.dashboard.live;

import java.util.List;

/**
 * A subject as the grid shows it, a snapshot.
 *
 * @param key            the subject
 * @param state          what the tile shows
 * @param agent          the agent that last reported it, or null
 * @param probability    the newest highest channel probability, or NaN
 * @param threshold      the newest threshold, or NaN
 * @param lastEventMs    wall-clock ms of its newest event, or null
 * @param channelLabels  channel labels from its metadata (empty when none arrived)
 * @param sampleRateHz   sample rate from metadata or frames, or NaN
 * @param source         where its data come from (metadata), or empty
 * @param problem        the open signal problem ({@code poor_signal: flat}, ...), or null
 */
public record SubjectView(SubjectKey key, SubjectState state, String agent, double probability, double threshold,
                          Long lastEventMs, List<String> channelLabels, double sampleRateHz,
                          String source, String problem) {
}
