package io.seizmon.modelexport;

/**
 * Entry point of `seizmon train/evaluate`.
 *
 * <p>The module builds and packages today; its behaviour (training, ONNX export and evaluation) is the subject of
 * issue #4. Until it lands the command says so and exits with status
 * {@value #EXIT_NOT_AVAILABLE}, so no script mistakes it for success.
 */
public final class ModelExportMain {

    /** Exit status while the tool is not available yet. */
    public static final int EXIT_NOT_AVAILABLE = 2;

    private ModelExportMain() {
    }

    public static void main(String[] args) {
        System.err.println("seizmon train/evaluate: not available yet: "
                + "training, ONNX export and evaluation lands with issue #4.\n"
                + "Nothing was started.");
        System.exit(EXIT_NOT_AVAILABLE);
    }
}
