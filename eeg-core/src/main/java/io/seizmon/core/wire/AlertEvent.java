package io.seizmon.core.wire;

import io.seizmon.core.detect.DetectionSpec;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One event an edge agent decided (a seizure onset or offset, or a technical event), published on the subject's
 * {@code alerts} topic ({@link AlertEventCodec}, {@code docs/topics.md} "Alert payload"). Immutable; the
 * constructor checks every component and throws {@link IllegalArgumentException} naming the first invalid one.
 *
 * <p>Times in µs since 1970-01-01T00:00Z: {@code onsetMicros}, {@code offsetMicros} and {@code decisionMicros} on
 * the stream's time base (the one its frames carry), {@code publishedMicros} on the agent's wall clock.
 *
 * @param id              unique event id, 1..{@value #MAX_ID_LENGTH} printable ASCII characters; a consumer drops
 *                        a second event with an id it has stored. Agents form it with {@link #idFor}
 * @param agentId         the agent that decided ({@link Topics#isValidAgentId})
 * @param subjectId       the stream's subject ({@link Topics#isValidSubjectId})
 * @param simulated       true for replayed or synthetic streams (the {@code sim} root)
 * @param channel         channel index 0..{@value #MAX_CHANNEL} in the stream's frames, or empty for an event about
 *                        the whole stream (always empty for {@link AlertKind#streamWide()} kinds)
 * @param channelLabel    the channel's label from the stream's metadata, 0..{@value StreamMeta#MAX_LABEL_LENGTH}
 *                        characters, no control characters; empty when {@code channel} is empty or the stream sent
 *                        no metadata
 * @param kind            what happened; fixes {@link #priority()}
 * @param seizureNumber   &ge; 1 for seizure kinds (onset and offset of one seizure share it), 0 for technical kinds
 * @param onsetMicros     start of the event (for a seizure: the first positive window's start)
 * @param offsetMicros    end of the event, &ge; {@code onsetMicros}; empty while open; always empty for
 *                        {@link AlertKind#SEIZURE_ONSET} and {@link AlertKind#SIGNAL_LOST}, always present for
 *                        {@link AlertKind#SEIZURE_OFFSET}
 * @param decisionMicros  end of the window whose score made the decision
 * @param publishedMicros when the agent first wrote the event (kept across journal replays)
 * @param peakProbability highest window probability in the event so far, 0..1; 0 for technical kinds
 * @param windows         windows the event covers so far, &ge; 0
 * @param modelId         the model that scored the windows, 1..128 characters, no control characters
 * @param modelSha256     the model file's SHA-256, 64 lowercase hex digits, or {@code ""} when no model decided
 * @param detection       the detection-policy settings in force when the event fired
 * @param detail          a human-readable reason, 0..{@value #MAX_DETAIL_LENGTH} characters, no control characters
 */
public record AlertEvent(String id, String agentId, String subjectId, boolean simulated, OptionalInt channel,
                         Optional<String> channelLabel, AlertKind kind, int seizureNumber, long onsetMicros,
                         OptionalLong offsetMicros, long decisionMicros, long publishedMicros, double peakProbability,
                         int windows, String modelId, String modelSha256, DetectionSpec detection, String detail) {

    /** Longest event id, characters. */
    public static final int MAX_ID_LENGTH = 200;
    /** Highest channel index. */
    public static final int MAX_CHANNEL = FrameLimits.MAX_CHANNELS - 1;
    /** Longest detail, characters. */
    public static final int MAX_DETAIL_LENGTH = 512;
    /** The channel level of {@link #idFor} for an event about the whole stream. */
    public static final String STREAM_WIDE_CHANNEL = "-";

    /** @throws IllegalArgumentException naming the first invalid component */
    public AlertEvent {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(channelLabel, "channelLabel");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(offsetMicros, "offsetMicros");
        Objects.requireNonNull(detection, "detection");
        PayloadChecks.require(PayloadChecks.checkPrintableAscii("id", id, 1, MAX_ID_LENGTH));
        PayloadChecks.require(PayloadChecks.checkAgentId("agentId", agentId));
        PayloadChecks.require(FrameLimits.checkSubjectId(subjectId));
        PayloadChecks.require(checkChannel(kind, channel, channelLabel));
        PayloadChecks.require(checkSeizure(kind, seizureNumber, peakProbability));
        PayloadChecks.require(checkOffset(kind, onsetMicros, offsetMicros));
        PayloadChecks.require(windows >= 0 ? null : "windows: " + windows + " (expected: >= 0)");
        PayloadChecks.require(PayloadChecks.checkModelId(modelId));
        PayloadChecks.require(PayloadChecks.checkModelSha256(modelSha256));
        PayloadChecks.require(StreamMeta.checkText("detail", detail, 0, MAX_DETAIL_LENGTH));
    }

    /**
     * Returns the event id {@code <agent>:<subject>:<channel>:<onset_us>:<kind>}, with {@value #STREAM_WIDE_CHANNEL}
     * as the channel of an event about the whole stream, so a replay of the same journal entry carries the same id.
     *
     * @param channelOrNull the channel index, or null for the whole stream
     * @throws IllegalArgumentException for an invalid agent or subject id or channel
     */
    public static String idFor(String agentId, String subjectId, Integer channelOrNull, long onsetMicros,
                               AlertKind kind) {
        Objects.requireNonNull(kind, "kind");
        PayloadChecks.require(PayloadChecks.checkAgentId("agentId", agentId));
        PayloadChecks.require(FrameLimits.checkSubjectId(subjectId));
        PayloadChecks.require(channelOrNull == null ? null : checkChannelIndex(channelOrNull));
        return agentId + ':' + subjectId + ':' + (channelOrNull == null ? STREAM_WIDE_CHANNEL : channelOrNull) + ':'
                + onsetMicros + ':' + kind.wireName();
    }

    /** Returns the priority, fixed by the kind. */
    public AlertPriority priority() {
        return kind.priority();
    }

    private static String checkChannel(AlertKind kind, OptionalInt channel, Optional<String> channelLabel) {
        if (channel.isEmpty()) {
            return channelLabel.isEmpty() ? null
                    : "channelLabel: " + Rejections.printable(channelLabel.get())
                    + " (expected: empty without a channel)";
        }
        if (kind.streamWide()) {
            return "channel: " + channel.getAsInt() + " (expected: empty for kind " + kind.wireName() + ")";
        }
        String problem = checkChannelIndex(channel.getAsInt());
        return problem != null || channelLabel.isEmpty() ? problem
                : StreamMeta.checkText("channelLabel", channelLabel.get(), 0, StreamMeta.MAX_LABEL_LENGTH);
    }

    private static String checkChannelIndex(int channel) {
        return channel >= 0 && channel <= MAX_CHANNEL ? null
                : "channel: " + channel + " (expected: 0.." + MAX_CHANNEL + ")";
    }

    private static String checkSeizure(AlertKind kind, int seizureNumber, double peakProbability) {
        if (kind.seizure() && seizureNumber < 1) {
            return "seizureNumber: " + seizureNumber + " (expected: >= 1 for kind " + kind.wireName() + ")";
        }
        if (kind.technical() && seizureNumber != 0) {
            return "seizureNumber: " + seizureNumber + " (expected: 0 for kind " + kind.wireName() + ")";
        }
        if (!(peakProbability >= 0 && peakProbability <= 1)) {
            return "peakProbability: " + peakProbability + " (expected: 0..1)";
        }
        return kind.technical() && peakProbability != 0
                ? "peakProbability: " + peakProbability + " (expected: 0 for kind " + kind.wireName() + ")" : null;
    }

    private static String checkOffset(AlertKind kind, long onsetMicros, OptionalLong offsetMicros) {
        boolean mustBeOpen = kind == AlertKind.SEIZURE_ONSET || kind == AlertKind.SIGNAL_LOST;
        if (offsetMicros.isEmpty()) {
            return kind == AlertKind.SEIZURE_OFFSET
                    ? "offsetMicros: empty (expected: present for kind " + kind.wireName() + ")" : null;
        }
        long offset = offsetMicros.getAsLong();
        if (mustBeOpen) {
            return "offsetMicros: " + offset + " (expected: empty for kind " + kind.wireName() + ")";
        }
        return offset >= onsetMicros ? null
                : "offsetMicros: " + offset + " (expected: >= onsetMicros " + onsetMicros + ")";
    }
}
