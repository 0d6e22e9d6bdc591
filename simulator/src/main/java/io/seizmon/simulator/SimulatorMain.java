package io.seizmon.simulator;

/**
 * Entry point of `seizmon simulate`.
 *
 * <p>The module builds and packages today; its behaviour (replay and synthesis over MQTT) is the subject of
 * issue #3. Until it lands the command says so and exits with status
 * {@value #EXIT_NOT_AVAILABLE}, so no script mistakes it for success.
 */
public final class SimulatorMain {

    /** Exit status while the tool is not available yet. */
    public static final int EXIT_NOT_AVAILABLE = 2;

    private SimulatorMain() {
    }

    public static void main(String[] args) {
        System.err.println("seizmon simulate: not available yet: "
                + "replay and synthesis over MQTT lands with issue #3.\n"
                + "Nothing was started.");
        System.exit(EXIT_NOT_AVAILABLE);
    }
}
