package io.seizmon.core.wire;

import java.util.Objects;

/**
 * A parsed stream topic {@code seizmon/v1/<live|sim>/<subject>/<leaf>}; see {@link Topics#parse}.
 *
 * @param subjectId a valid subject id ({@link Topics#isValidSubjectId})
 * @param simulated true under the {@code sim} root, false under {@code live}
 * @param leaf      the last topic level
 */
public record StreamTopic(String subjectId, boolean simulated, Topics.Leaf leaf) {

    public StreamTopic {
        if (!Topics.isValidSubjectId(subjectId)) {
            throw new IllegalArgumentException("subjectId: " + subjectId + " (expected: [a-z0-9][a-z0-9._-]{0,63})");
        }
        Objects.requireNonNull(leaf, "leaf");
    }

    /** Returns the topic string this record was parsed from. */
    public String topic() {
        return Topics.stream(subjectId, simulated, leaf);
    }
}
