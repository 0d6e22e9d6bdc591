package io.seizmon.core.wire;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The MQTT topic tree of seizmon v1: the one place that spells topic strings (see {@code docs/topics.md}).
 *
 * <pre>
 * seizmon/v1/live/&lt;subject&gt;/&lt;leaf&gt;    a live subject's streams
 * seizmon/v1/sim/&lt;subject&gt;/&lt;leaf&gt;     a simulator's or replay's streams, same leaves
 * seizmon/v1/agents/&lt;agentId&gt;/status   an edge agent's status (retained, Last Will)
 * seizmon/v1/resync                     consumers' requests that agents republish their journals
 * </pre>
 *
 * <p>Builders throw {@link IllegalArgumentException} for an invalid subject or agent id (a programmer error);
 * {@link #parse} and {@link #parseAgentStatus} never throw and return empty for any foreign topic.
 * Thread-safe: stateless.
 */
public final class Topics {

    /** The versioned prefix shared by every seizmon topic. */
    public static final String PREFIX = "seizmon/v1";
    /** Maximum length of a subject or agent id, in characters (ASCII, so also bytes). */
    public static final int MAX_ID_LENGTH = 64;

    /** QoS of agent status messages, including the Last Will. */
    public static final int AGENT_STATUS_QOS = 1;
    /** Agent status messages, including the Last Will, are retained. */
    public static final boolean AGENT_STATUS_RETAINED = true;
    /** QoS of resync requests ({@link #resync()}). */
    public static final int RESYNC_QOS = 1;
    /** Resync requests are not retained: a request is about the moment it is sent. */
    public static final boolean RESYNC_RETAINED = false;

    private static final String LIVE = "live";
    private static final String SIM = "sim";
    private static final String AGENTS = "agents";
    private static final String STATUS = "status";
    private static final String RESYNC = "resync";
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    /** The last level of a stream topic, with its payload format, QoS and retain flag. */
    public enum Leaf {
        /** Binary frames ({@link FrameCodec}), QoS 1, not retained. */
        RAW("raw", 1, false),
        /** JSON frames ({@link JsonFrameCodec}), QoS 1, not retained. */
        RAW_JSON("raw-json", 1, false),
        /** Stream metadata JSON ({@link StreamMetaCodec}), QoS 1, retained. */
        META("meta", 1, true),
        /** Per-window scores JSON, QoS 0, not retained. */
        SCORES("scores", 0, false),
        /** Seizure and technical events JSON, QoS 1, not retained. */
        ALERTS("alerts", 1, false),
        /** Ground-truth annotations JSON published by replays, QoS 1, not retained. */
        TRUTH("truth", 1, false);

        private final String level;
        private final int qos;
        private final boolean retained;

        Leaf(String level, int qos, boolean retained) {
            this.level = level;
            this.qos = qos;
            this.retained = retained;
        }

        /** Returns the topic level, e.g. {@code raw-json}. */
        public String level() {
            return level;
        }

        /** Returns the MQTT QoS to publish and subscribe with (0 or 1). */
        public int qos() {
            return qos;
        }

        /** Returns whether publishers set the retain flag. */
        public boolean retained() {
            return retained;
        }

        static Optional<Leaf> ofLevel(String level) {
            for (Leaf leaf : values()) {
                if (leaf.level.equals(level)) {
                    return Optional.of(leaf);
                }
            }
            return Optional.empty();
        }
    }

    private Topics() {
    }

    /** Returns true if {@code id} matches {@code [a-z0-9][a-z0-9._-]{0,63}}; false for null. */
    public static boolean isValidSubjectId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** Returns true if {@code id} is a valid agent id: the same grammar as a subject id. */
    public static boolean isValidAgentId(String id) {
        return isValidSubjectId(id);
    }

    /** Returns the root level of a stream topic: {@code sim} for simulated streams, {@code live} otherwise. */
    public static String rootLevel(boolean simulated) {
        return simulated ? SIM : LIVE;
    }

    /** Returns the topic of {@code leaf} for a subject: {@code seizmon/v1/<live|sim>/<subject>/<leaf>}. */
    public static String stream(String subjectId, boolean simulated, Leaf leaf) {
        requireId("subjectId", subjectId);
        Objects.requireNonNull(leaf, "leaf");
        return root(simulated) + '/' + subjectId + '/' + leaf.level;
    }

    /** Returns the binary frame topic of a subject. */
    public static String raw(String subjectId, boolean simulated) {
        return stream(subjectId, simulated, Leaf.RAW);
    }

    /** Returns the JSON frame topic of a subject. */
    public static String rawJson(String subjectId, boolean simulated) {
        return stream(subjectId, simulated, Leaf.RAW_JSON);
    }

    /** Returns the retained stream metadata topic of a subject. */
    public static String meta(String subjectId, boolean simulated) {
        return stream(subjectId, simulated, Leaf.META);
    }

    /** Returns the window scores topic of a subject. */
    public static String scores(String subjectId, boolean simulated) {
        return stream(subjectId, simulated, Leaf.SCORES);
    }

    /** Returns the alerts topic of a subject. */
    public static String alerts(String subjectId, boolean simulated) {
        return stream(subjectId, simulated, Leaf.ALERTS);
    }

    /** Returns the ground-truth topic of a subject. */
    public static String truth(String subjectId, boolean simulated) {
        return stream(subjectId, simulated, Leaf.TRUTH);
    }

    /** Returns the retained status topic of an edge agent, also its Last Will topic. */
    public static String agentStatus(String agentId) {
        requireId("agentId", agentId);
        return PREFIX + '/' + AGENTS + '/' + agentId + '/' + STATUS;
    }

    /** Returns the filter for {@code leaf} of every subject, live and simulated: {@code seizmon/v1/+/+/raw}. */
    public static String filter(Leaf leaf) {
        return PREFIX + "/+/+/" + leaf.level;
    }

    /** Returns the filter for {@code leaf} of every subject under one root: {@code seizmon/v1/live/+/raw}. */
    public static String filter(Leaf leaf, boolean simulated) {
        return root(simulated) + "/+/" + leaf.level;
    }

    /** Returns the filter for every leaf of one subject: {@code seizmon/v1/live/cage-07/+}. */
    public static String subjectFilter(String subjectId, boolean simulated) {
        requireId("subjectId", subjectId);
        return root(simulated) + '/' + subjectId + "/+";
    }

    /** Returns the topic of resync requests ({@link ResyncRequestCodec}): {@code seizmon/v1/resync}. */
    public static String resync() {
        return PREFIX + '/' + RESYNC;
    }

    /** Returns the filter for the status of every agent: {@code seizmon/v1/agents/+/status}. */
    public static String agentStatusFilter() {
        return PREFIX + '/' + AGENTS + "/+/" + STATUS;
    }

    /**
     * Parses a stream topic. Never throws.
     *
     * @param topic a topic name as received (not a filter); may be null
     * @return the parsed topic, or empty if {@code topic} is not exactly {@code seizmon/v1/<live|sim>/<subject>/<leaf>}
     *         with a valid subject id and a known leaf
     */
    public static Optional<StreamTopic> parse(String topic) {
        String[] levels = split(topic);
        if (levels.length != 5 || !(LIVE.equals(levels[2]) || SIM.equals(levels[2]))
                || !isValidSubjectId(levels[3])) {
            return Optional.empty();
        }
        boolean simulated = SIM.equals(levels[2]);
        return Leaf.ofLevel(levels[4]).map(leaf -> new StreamTopic(levels[3], simulated, leaf));
    }

    /** Returns the agent id of an agent status topic, or empty for any other topic (including null). */
    public static Optional<String> parseAgentStatus(String topic) {
        String[] levels = split(topic);
        if (levels.length == 5 && AGENTS.equals(levels[2]) && isValidAgentId(levels[3]) && STATUS.equals(levels[4])) {
            return Optional.of(levels[3]);
        }
        return Optional.empty();
    }

    private static String[] split(String topic) {
        if (topic == null || !topic.startsWith(PREFIX + '/')) {
            return new String[0];
        }
        return topic.split("/", -1);
    }

    private static String root(boolean simulated) {
        return PREFIX + '/' + rootLevel(simulated);
    }

    private static void requireId(String name, String id) {
        if (!isValidSubjectId(id)) {
            throw new IllegalArgumentException(name + ": " + (id == null ? "null" : '"' + id + '"')
                    + " (expected: [a-z0-9][a-z0-9._-]{0,63})");
        }
    }
}
