package io.seizmon.core.wire;

/** Shared pieces of rejection: the topic checks and log-safe rendering of bad values in details. */
final class Rejections {

    private Rejections() {
    }

    /**
     * Returns the rejection of an invalid subject id ({@link RejectReason#BAD_SUBJECT_ID}) or of one that disagrees
     * with the topic, or null.
     */
    static <T> PayloadResult<T> checkSubject(String subjectId, boolean simulated, String expectedSubjectId,
                                             boolean expectedSimulated) {
        if (!Topics.isValidSubjectId(subjectId)) {
            return new PayloadResult.Rejected<>(RejectReason.BAD_SUBJECT_ID, "subject: " + printable(subjectId)
                    + " (expected: [a-z0-9][a-z0-9._-]{0,63})");
        }
        return checkTopic(subjectId, simulated, expectedSubjectId, expectedSimulated);
    }

    /** Returns null if no topic is expected or the payload matches it, else the rejection. */
    static <T> PayloadResult<T> checkTopic(String subjectId, boolean simulated, String expectedSubjectId,
                                           boolean expectedSimulated) {
        if (expectedSubjectId == null) {
            return null;
        }
        if (!subjectId.equals(expectedSubjectId)) {
            return new PayloadResult.Rejected<>(RejectReason.TOPIC_MISMATCH, "subjectId: \"" + subjectId
                    + "\" (expected: \"" + expectedSubjectId + "\" from the topic)");
        }
        if (simulated != expectedSimulated) {
            return new PayloadResult.Rejected<>(RejectReason.SIMULATION_MISMATCH, "simulated: " + simulated
                    + " (expected: " + expectedSimulated + " from the topic root " + Topics.rootLevel(expectedSimulated)
                    + ")");
        }
        return null;
    }

    /** Returns bytes {@code from..to-1} as upper-case hex pairs separated by spaces, e.g. {@code 7B 22}. */
    static String hex(byte[] bytes, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            text.append(i > from ? " " : "").append(String.format("%02X", bytes[i] & 0xFF));
        }
        return text.toString();
    }

    /** Quotes {@code s} with everything outside printable ASCII escaped as {@code \\uXXXX}, for log safety. */
    static String printable(String s) {
        StringBuilder text = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            text.append(ch >= 0x20 && ch < 0x7F && ch != '"' && ch != '\\' ? String.valueOf(ch)
                    : String.format("\\u%04X", (int) ch));
        }
        return text.append('"').toString();
    }
}
