package io.seizmon.simulator.live;

import io.seizmon.core.wire.Topics;
import io.seizmon.simulator.source.SampleSource;
import io.seizmon.simulator.source.SourceOpener;
import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One stream to publish: the subject it appears as and how to open its samples (again, for {@code --loop}).
 *
 * @param subjectId the subject, valid by {@link Topics#isValidSubjectId}; its topics are under the {@code sim} root
 * @param opener    opens the source; called once per pass
 */
public record SubjectStream(String subjectId, SourceOpener opener) {

    /** @throws IllegalArgumentException when the subject id breaks the grammar */
    public SubjectStream {
        Objects.requireNonNull(opener, "opener");
        if (!Topics.isValidSubjectId(subjectId)) {
            throw new IllegalArgumentException("subject: " + (subjectId == null ? "null" : "'" + subjectId + "'")
                    + " (expected: [a-z0-9][a-z0-9._-]{0,63})");
        }
    }

    /** Returns a stream of an already open source, which cannot be reopened: streamed once, never looped. */
    public static SubjectStream of(String subjectId, SampleSource source) {
        Objects.requireNonNull(source, "source");
        AtomicBoolean opened = new AtomicBoolean();
        return new SubjectStream(subjectId, () -> {
            if (opened.getAndSet(true)) {
                throw new IOException(source.name() + ": an already open source cannot be reopened to loop");
            }
            return source;
        });
    }
}
