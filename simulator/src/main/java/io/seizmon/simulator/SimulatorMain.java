package io.seizmon.simulator;

import io.seizmon.simulator.broker.BrokerCommand;
import io.seizmon.simulator.replay.ReplayCommand;
import io.seizmon.simulator.synth.SynthCommand;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Entry point of {@code seizmon simulate} ({@code java -jar simulator/target/simulator.jar}): picocli with one
 * subcommand per way of simulating.
 *
 * <p>Exit status: 0 success, 1 runtime failure (broker, I/O), 2 bad arguments or unreadable input; an unexpected
 * exception is reported in one line and exits 1.
 */
@Command(name = "seizmon simulate", mixinStandardHelpOptions = true,
        versionProvider = SimulatorMain.ManifestVersion.class,
        description = "Publishes simulated EEG subjects over MQTT: recordings replayed, or synthetic EEG.")
public final class SimulatorMain implements Runnable {

    @Spec
    private CommandSpec spec;

    /** Prints the usage and fails: a subcommand is required. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required: "
                + String.join(", ", spec.subcommands().keySet()));
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line {@code args} with the given streams; returns the exit status. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new SimulatorMain());
        commandLine.addSubcommand(new ReplayCommand());
        commandLine.addSubcommand(new SynthCommand());
        commandLine.addSubcommand(new BrokerCommand());
        commandLine.setOut(out).setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println(cmd.getCommandName() + ": unexpected failure: " + e);
            err.flush();
            return ReplayCommand.EXIT_RUNTIME;
        });
        return commandLine.execute(args);
    }

    /** Reads the version from the jar's manifest ({@code Implementation-Version}). */
    static final class ManifestVersion implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = SimulatorMain.class.getPackage().getImplementationVersion();
            return new String[] {"seizmon simulate " + (version == null ? "(development build)" : version)};
        }
    }
}
