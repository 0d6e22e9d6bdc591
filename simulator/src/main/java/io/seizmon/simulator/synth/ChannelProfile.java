package io.seizmon.simulator.synth;

/**
 * How one channel of a subject sees the shared sources: the first channel sees them as they are; the others with
 * their own gains, and a background only partly shared with the first.
 *
 * @param backgroundGain   factor on the background
 * @param correlation      share of the background common to every channel, in (0, 1]: the channel's background is
 *                         {@code correlation * common + sqrt(1 - correlation²) * own}
 * @param seizureGain      factor (sign = polarity) on seizures, spike trains and interictal spikes
 * @param artefactGain     factor on movement, chewing, saturation offsets and spindle trains
 * @param mainsGain        factor on mains interference
 */
public record ChannelProfile(double backgroundGain, double correlation, double seizureGain, double artefactGain,
                             double mainsGain) {

    /** The first channel: every source as it is. */
    static final ChannelProfile REFERENCE = new ChannelProfile(1, 1, 1, 1, 1);

    static ChannelProfile draw(Rng rng) {
        double polarity = rng.chance(0.2) ? -1 : 1;
        return new ChannelProfile(rng.uniform(0.6, 1.4), rng.uniform(0.5, 0.9),
                polarity * rng.uniform(0.3, 1.3), rng.uniform(0.5, 1.5), rng.uniform(0.5, 1.5));
    }
}
