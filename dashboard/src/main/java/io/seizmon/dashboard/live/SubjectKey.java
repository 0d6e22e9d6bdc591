package io.seizmon.dashboard.live;

import io.seizmon.core.wire.Topics;

/**
 * A subject under one root: {@code cage-07} live and {@code cage-07} simulated are two subjects.
 *
 * @param subject   subject id ({@link Topics#isValidSubjectId})
 * @param simulated under the {@code sim} root
 */
public record SubjectKey(String subject, boolean simulated) {

    public SubjectKey {
        if (!Topics.isValidSubjectId(subject)) {
            throw new IllegalArgumentException("subject: " + subject + " (expected: [a-z0-9][a-z0-9._-]{0,63})");
        }
    }

    /** The key as the page and the API spell it: {@code live/cage-07} or {@code sim/cage-07}. */
    public String id() {
        return Topics.rootLevel(simulated) + "/" + subject;
    }

    /**
     * Parses {@link #id()}.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static SubjectKey parse(String id) {
        int slash = id == null ? -1 : id.indexOf('/');
        if (slash > 0) {
            String root = id.substring(0, slash);
            String subject = id.substring(slash + 1);
            if (root.equals(Topics.rootLevel(true)) || root.equals(Topics.rootLevel(false))) {
                return new SubjectKey(subject, root.equals(Topics.rootLevel(true)));
            }
        }
        throw new IllegalArgumentException("subject key: " + id + " (expected: live/SUBJECT or sim/SUBJECT)");
    }
}
