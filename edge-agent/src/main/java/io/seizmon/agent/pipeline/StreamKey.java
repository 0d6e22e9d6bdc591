package io.seizmon.agent.pipeline;

/**
 * Identifies a stream: a subject under the {@code live} or the {@code sim} root (the same subject id under both
 * roots are two streams).
 */
public record StreamKey(String subjectId, boolean simulated) {

    @Override
    public String toString() {
        return (simulated ? "sim/" : "live/") + subjectId;
    }
}
