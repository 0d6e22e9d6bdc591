package io.seizmon.dashboard.store;

import java.util.Objects;

/**
 * An event as the dashboard stores and shows it: an edge agent's alert ({@code docs/topics.md}, "Alert payload")
 * or a technical event the dashboard derives itself ({@link #KIND_AGENT_OFFLINE}), plus when it arrived and who
 * acknowledged it.
 *
 * <p>Times ending in {@code Us} are µs since the epoch on the stream's time base (as in the payload);
 * {@code receivedMs} is the dashboard's wall clock.
 *
 * @param id              unique event id; a second event with the same id is dropped
 * @param agent           the deciding agent
 * @param subject         subject id
 * @param simulated       from a replay or synthetic stream
 * @param channel         channel index, or null for the whole stream
 * @param channelLabel    channel label, or null
 * @param kind            {@code seizure_onset}, {@code signal_lost}, ... or {@link #KIND_AGENT_OFFLINE}
 * @param priority        {@code high}, {@code medium} or {@code low}
 * @param seizureNumber   seizure number (0 for technical kinds)
 * @param onsetUs         start of the event
 * @param offsetUs        end of the event, or null while open
 * @param decisionUs      end of the deciding window
 * @param publishedUs     when the agent first wrote the event (agent wall clock)
 * @param peakProbability highest window probability, 0..1
 * @param windows         windows covered
 * @param modelId         model id, may be empty for derived events
 * @param threshold       detection threshold in force, 0 for derived events
 * @param detail          human-readable reason
 * @param receivedMs      when the dashboard first stored it
 * @param acknowledgement who acknowledged it, or null
 */
public record DashboardEvent(String id, String agent, String subject, boolean simulated, Integer channel,
                             String channelLabel, String kind, String priority, long seizureNumber, long onsetUs,
                             Long offsetUs, long decisionUs, long publishedUs, double peakProbability, int windows,
                             String modelId, double threshold, String detail, long receivedMs,
                             Acknowledgement acknowledgement) {

    /** Kind of the technical event the dashboard records when an agent goes offline (its Last Will). */
    public static final String KIND_AGENT_OFFLINE = "agent_offline";
    /** Priority of a seizure alarm. */
    public static final String HIGH = "high";
    /** Priority of a technical alarm. */
    public static final String MEDIUM = "medium";

    public DashboardEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(detail, "detail");
    }

    /** Whether this event is an alarm a person must acknowledge (high or medium priority). */
    public boolean isAlarm() {
        return HIGH.equals(priority) || MEDIUM.equals(priority);
    }

    /** This event with an acknowledgement. */
    public DashboardEvent acknowledged(Acknowledgement ack) {
        return new DashboardEvent(id, agent, subject, simulated, channel, channelLabel, kind, priority, seizureNumber,
                onsetUs, offsetUs, decisionUs, publishedUs, peakProbability, windows, modelId, threshold, detail,
                receivedMs, ack);
    }
}
