package io.seizmon.agent;

/**
 * Entry point of `seizmon agent`.
 *
 * <p>The module builds and packages today; its behaviour (live MQTT ingest, scoring and alerting) is the subject of
 * issue #5. Until it lands the command says so and exits with status
 * {@value #EXIT_NOT_AVAILABLE}, so no script mistakes it for success.
 */
public final class AgentMain {

    /** Exit status while the tool is not available yet. */
    public static final int EXIT_NOT_AVAILABLE = 2;

    private AgentMain() {
    }

    public static void main(String[] args) {
        System.err.println("seizmon agent: not available yet: "
                + "live MQTT ingest, scoring and alerting lands with issue #5.\n"
                + "Nothing was started.");
        System.exit(EXIT_NOT_AVAILABLE);
    }
}
