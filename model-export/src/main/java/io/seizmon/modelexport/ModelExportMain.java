package io.seizmon.modelexport;

import io.seizmon.modelexport.evaluate.EvaluateCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Entry point of {@code seizmon train} and {@code seizmon evaluate}: the launcher runs
 * {@code java -jar model-export.jar train|evaluate ARGS...}.
 *
 * <p>Exit codes: {@value #EXIT_OK} success, {@value #EXIT_FAILURE} failure while running (I/O, ONNX Runtime, a
 * parity check above tolerance), {@value #EXIT_USAGE} bad input (arguments, manifest, unusable data); the message
 * on standard error says which and why.
 */
@Command(name = "seizmon", mixinStandardHelpOptions = true, versionProvider = ModelExportMain.Version.class,
        description = "Train and evaluate the seizure classifier.",
        subcommands = {TrainCommand.class})
public final class ModelExportMain implements Callable<Integer> {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_USAGE = 2;

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with every subcommand registered. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new ModelExportMain());
        commandLine.addSubcommand(new EvaluateCommand());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }

    /** Without a subcommand: print the usage and fail with {@value #EXIT_USAGE}. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return EXIT_USAGE;
    }

    /** Reports the jar's version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"seizmon model-export " + ToolVersion.current()};
        }
    }
}
