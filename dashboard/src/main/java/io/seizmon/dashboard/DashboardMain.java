package io.seizmon.dashboard;

/**
 * Entry point of `seizmon dashboard`.
 *
 * <p>The module builds and packages today; its behaviour (the live web monitor) is the subject of
 * issue #6. Until it lands the command says so and exits with status
 * {@value #EXIT_NOT_AVAILABLE}, so no script mistakes it for success.
 */
public final class DashboardMain {

    /** Exit status while the tool is not available yet. */
    public static final int EXIT_NOT_AVAILABLE = 2;

    private DashboardMain() {
    }

    public static void main(String[] args) {
        System.err.println("seizmon dashboard: not available yet: "
                + "the live web monitor lands with issue #6.\n"
                + "Nothing was started.");
        System.exit(EXIT_NOT_AVAILABLE);
    }
}
