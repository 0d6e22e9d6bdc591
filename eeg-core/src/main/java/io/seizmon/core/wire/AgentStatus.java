package io.seizmon.core.wire;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An edge agent's status, retained on {@code seizmon/v1/agents/<agentId>/status} ({@link AgentStatusCodec},
 * {@code docs/topics.md} "Agent status payload"); the same topic carries the agent's Last Will ({@code offline}).
 * Immutable: the constructor copies the lists.
 *
 * @param agentId             the agent ({@link Topics#isValidAgentId}), as in the topic
 * @param state               online, or offline (a clean shutdown or the Last Will)
 * @param sinceMicros         when this state began, µs since the epoch, agent wall clock (for the Last Will: when the
 *                            agent connected)
 * @param modelId             the model in use, 1..128 characters, no control characters
 * @param modelSha256         its SHA-256, 64 lowercase hex digits, or {@code ""}
 * @param subjectIds          the subjects the agent is scoring: 0..{@value #MAX_SUBJECTS} distinct valid subject ids
 * @param simulatedSubjectIds those of {@code subjectIds} whose streams are simulated, distinct
 * @param version             the agent's software version, 1..{@value #MAX_VERSION_LENGTH} printable ASCII characters
 */
public record AgentStatus(String agentId, AgentState state, long sinceMicros, String modelId, String modelSha256,
                          List<String> subjectIds, List<String> simulatedSubjectIds, String version) {

    /** Most subjects in one status. */
    public static final int MAX_SUBJECTS = 4096;
    /** Longest version, characters. */
    public static final int MAX_VERSION_LENGTH = 64;

    /** @throws IllegalArgumentException naming the first invalid component */
    public AgentStatus {
        Objects.requireNonNull(state, "state");
        subjectIds = List.copyOf(Objects.requireNonNull(subjectIds, "subjectIds"));
        simulatedSubjectIds = List.copyOf(Objects.requireNonNull(simulatedSubjectIds, "simulatedSubjectIds"));
        PayloadChecks.require(PayloadChecks.checkAgentId("agentId", agentId));
        PayloadChecks.require(PayloadChecks.checkModelId(modelId));
        PayloadChecks.require(PayloadChecks.checkModelSha256(modelSha256));
        PayloadChecks.require(checkSubjects(subjectIds, simulatedSubjectIds));
        PayloadChecks.require(PayloadChecks.checkPrintableAscii("version", version, 1, MAX_VERSION_LENGTH));
    }

    /** Returns true if the agent reports {@code subjectId} as a simulated stream. */
    public boolean simulated(String subjectId) {
        return simulatedSubjectIds.contains(subjectId);
    }

    private static String checkSubjects(List<String> subjectIds, List<String> simulatedSubjectIds) {
        if (subjectIds.size() > MAX_SUBJECTS) {
            return "subjectIds: " + subjectIds.size() + " entries (expected: 0.." + MAX_SUBJECTS + ")";
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < subjectIds.size(); i++) {
            String id = subjectIds.get(i);
            String problem = Topics.isValidSubjectId(id) ? null : "subjectIds[" + i + "]: "
                    + Rejections.printable(id) + " (expected: [a-z0-9][a-z0-9._-]{0,63})";
            if (problem == null && !seen.add(id)) {
                problem = "subjectIds[" + i + "]: \"" + id + "\" (expected: listed once)";
            }
            if (problem != null) {
                return problem;
            }
        }
        Set<String> simulated = new HashSet<>();
        for (int i = 0; i < simulatedSubjectIds.size(); i++) {
            String id = simulatedSubjectIds.get(i);
            if (!seen.contains(id) || !simulated.add(id)) {
                return "simulatedSubjectIds[" + i + "]: " + Rejections.printable(id)
                        + " (expected: one of subjectIds, listed once)";
            }
        }
        return null;
    }
}
