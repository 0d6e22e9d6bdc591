package io.seizmon.simulator.synth;

import static org.assertj.core.api.Assertions.assertThat;

import io.seizmon.core.recording.EventsTsv;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class SynthCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine command = new CommandLine(new SynthCommand());
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }

    @Test
    void writesEverySubjectWithProgressAndASummaryLineEach() throws IOException {
        Path target = dir.resolve("run");

        int status = run("--subjects", "2", "--duration", "2m", "--rate", "250", "--seed", "7", "--channels", "2",
                "--seizures-per-day", "100", "--mains", "60", "--out", target.toString());

        assertThat(status).as("stderr: %s", err).isEqualTo(SynthCommand.EXIT_OK);
        assertThat(err.toString()).contains("synth-01: 100%", "synth-02: 100%");
        String[] lines = out.toString().strip().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("synth-01: ").contains(" seizures, ", " other events (",
                "sub-synth-01_task-synth_eeg.edf ", " kB");
        Path events = SynthWriter.eventsPath(target, "synth-02");
        SynthSpec spec = SynthSpec.of(250, 120, 7).withChannelCount(2).withSeizuresPerDay(100).withMainsHz(60);
        assertThat(EventsTsv.read(events)).isEqualTo(SyntheticSource.subject(spec, 1).events());
        assertThat(Files.size(SynthWriter.edfPath(target, "synth-01"))).isEqualTo(Files.size(
                SynthWriter.edfPath(target, "synth-02")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--duration 1x --out D          | Invalid value for option '--duration': '1x' (expected: seconds, or a number",
        "--duration 0 --out D           | --duration: 0.0 (expected: > 0",
        "--duration 1.5s --out D        | --duration: 1.5 (expected: a whole number of seconds",
        "--rate 10 --out D              | --rate: 10.0 (expected: 64.0 to 4000.0)",
        "--rate 173.61 --out D          | --rate: 173.61 (expected: a whole number of Hz",
        "--mains 55 --out D             | --mains: 55.0 (expected: 50 or 60)",
        "--channels 0 --out D           | --channels: 0 (expected: 1 to 64)",
        "--seizures-per-day -1 --out D  | --seizures-per-day: -1.0",
        "--subjects 0 --out D           | --subjects: 0 (expected: 1 to 999)",
        "--duration 1h                  | expected exactly one of --out DIR and --live",
        "--live --out D                 | expected exactly one of --out DIR and --live",
        "--broker tcp://x:1 --out D     | --broker, --username, --password-file, --speed, --loop, --quiet: only with --live",
        "--speed max --out D            | --broker, --username, --password-file, --speed, --loop, --quiet: only with --live",
        "--username sim --out D         | --broker, --username, --password-file, --speed, --loop, --quiet: only",
        "--live --password-file pw      | --password-file: given without --username",
        "--seed banana --out D          | Invalid value for option '--seed'",
    })
    void rejectsBadArgumentsWithStatusTwoNamingTheOption(String args, String message) {
        String[] argv = args.strip().replace(" D", " " + dir.resolve("never")).split("\\s+");

        assertThat(run(argv)).isEqualTo(SynthCommand.EXIT_USAGE);
        assertThat(err.toString()).contains(message).contains("Usage: synth");
        assertThat(dir.resolve("never")).doesNotExist();
    }

    @Test
    void aPasswordOnTheCommandLineIsAnUnknownOption() {
        assertThat(run("--live", "--username", "sim", "--password", "secret")).isEqualTo(SynthCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("Unknown option", "'--password'", "Possible solutions: --password-file");
    }

    @Test
    void liveWithAnUnreachableBrokerFailsWithAClearMessage() {
        assertThat(run("--live", "--quiet", "--duration", "10s", "--broker", "tcp://127.0.0.1:1"))
                .isEqualTo(SynthCommand.EXIT_IO);
        assertThat(err.toString()).startsWith("seizmon simulate synth: ").contains("127.0.0.1:1")
                .doesNotContain("\tat ");
    }

    @Test
    void anUnwritableOutputIsAnIoFailureWithAClearMessage() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "x");

        assertThat(run("--duration", "5s", "--out", file.toString())).isEqualTo(SynthCommand.EXIT_IO);
        assertThat(err.toString()).startsWith("seizmon simulate synth: cannot create the output folder " + file)
                .doesNotContain("\tat ");
    }

    @Test
    void helpListsEveryOption() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("--subjects", "--duration", "--rate", "--seed", "--out", "--channels",
                "--seizures-per-day", "--mains", "--live", "--broker", "--username", "--password-file");
    }
}
