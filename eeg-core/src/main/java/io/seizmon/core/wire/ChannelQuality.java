package io.seizmon.core.wire;

import java.util.Optional;

/**
 * The signal quality gate's verdict on one channel of one window, as carried by {@link ScoreUpdate}: only
 * {@link #OK} windows are scored.
 */
public enum ChannelQuality {

    /** Good signal: the window is scored. */
    OK("ok"),
    /** A flat line (disconnected electrode, saturated amplifier held at a rail). */
    FLAT("flat"),
    /** Samples stuck at the amplifier's limits. */
    CLIPPING("clipping"),
    /** Dominated by mains interference (50/60 Hz). */
    MAINS("mains"),
    /** NaN or infinite samples. */
    NON_FINITE("non_finite"),
    /** Not scored for another reason, e.g. the channel is not selected for scoring. */
    NOT_SCORED("not_scored");

    private final String wireName;

    ChannelQuality(String wireName) {
        this.wireName = wireName;
    }

    /** Returns the name in JSON payloads, e.g. {@code "non_finite"}. */
    public String wireName() {
        return wireName;
    }

    /** Returns true only for {@link #OK}: the window may be scored. */
    public boolean scoreable() {
        return this == OK;
    }

    /** Returns the quality with this exact wire name, or empty (also for null). */
    public static Optional<ChannelQuality> fromWireName(String wireName) {
        return WireNames.find(values(), ChannelQuality::wireName, wireName);
    }
}
