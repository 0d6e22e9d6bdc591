package io.seizmon.simulator.synth;

import io.seizmon.simulator.pacing.ReplaySpeed;
import io.seizmon.simulator.publish.BrokerOptions;
import io.seizmon.simulator.replay.BrokerLoginOptions;
import io.seizmon.simulator.replay.SpeedConverter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code seizmon simulate synth}: synthetic rodent EEG with seizures, written as EDF+ files with BIDS events
 * ({@code --out DIR}, see {@link SynthWriter}) or streamed over MQTT under the {@code sim} root ({@code --live},
 * paced like a replay, with the ground truth on the {@code truth} topic; see {@link SynthLive}).
 *
 * <p>Exit status: {@value #EXIT_OK} done, {@value #EXIT_IO} a file could not be written or the broker failed,
 * {@value #EXIT_USAGE} bad
 * arguments (the message names the option). Progress goes to standard error, one summary line per subject to
 * standard output. Meant to be registered as a subcommand of the simulator's top-level command; {@link #main} runs
 * it on its own.
 */
@Command(name = "synth", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Synthesise rodent intracranial EEG with seizures, artefacts and seizure-like events "
                + "(see docs/synthetic-eeg.md).")
public final class SynthCommand implements Callable<Integer> {

    public static final int EXIT_OK = 0;
    public static final int EXIT_IO = 1;
    public static final int EXIT_USAGE = 2;
    /** Maximum number of subjects in one run. */
    public static final int MAX_SUBJECTS = 999;

    @Spec
    private CommandSpec command;

    @Option(names = "--subjects", paramLabel = "N", defaultValue = "1", description = "subjects (default: 1)")
    private int subjects;

    @Option(names = "--duration", paramLabel = "TIME", defaultValue = "24h", converter = DurationConverter.class,
            description = "per subject: 24h, 90m, 30s or seconds (default: 24h)")
    private double durationSeconds;

    @Option(names = "--rate", paramLabel = "HZ", defaultValue = "1000", description = "sample rate, 64-4000 Hz "
            + "(default: 1000; whole Hz for --out)")
    private double sampleRateHz;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the run (default: 1)")
    private long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "write sub-<id>/ folders with EDF+ and events.tsv")
    private Path out;

    @Option(names = "--channels", paramLabel = "N", defaultValue = "1", description = "channels per subject, 1-64 "
            + "(default: 1)")
    private int channels;

    @Option(names = "--seizures-per-day", paramLabel = "RATE", defaultValue = "6",
            description = "mean seizure rate (default: 6)")
    private double seizuresPerDay;

    @Option(names = "--mains", paramLabel = "HZ", defaultValue = "50", description = "mains frequency, 50 or 60 "
            + "(default: 50)")
    private double mainsHz;

    @Option(names = "--live", description = "stream over MQTT instead of writing files, paced like a replay")
    private boolean live;

    @Option(names = "--speed", paramLabel = "1|10|max", defaultValue = "1", converter = SpeedConverter.class,
            description = "with --live: 1 = real time, N = N times faster, max = as fast as the broker accepts")
    private ReplaySpeed speed;

    @Option(names = "--loop", description = "with --live: start each subject again at the end; stop with Ctrl-C")
    private boolean loop;

    @Option(names = "--quiet", description = "with --live: no progress line and no summary")
    private boolean quiet;

    @Option(names = "--broker", paramLabel = "URL", description = "MQTT broker for --live, e.g. tcp://localhost:1883")
    private String broker;

    @Mixin
    private BrokerLoginOptions login;

    /** Runs the command on its own and exits with its status. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new SynthCommand()).execute(args));
    }

    @Override
    public Integer call() {
        SynthSpec spec = spec();
        PrintWriter err = command.commandLine().getErr();
        if (live) {
            try {
                return SynthLive.stream(spec, subjects, brokerOptions(), speed, loop, quiet,
                        command.commandLine().getOut(), err);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return EXIT_IO;
            }
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            err.println("seizmon simulate synth: cannot create the output folder " + out + ": " + describe(e));
            return EXIT_IO;
        }
        for (int i = 0; i < subjects; i++) {
            try {
                long started = System.nanoTime();
                SynthWriter.Result result = SynthWriter.write(spec, i, out, new ProgressLine(err));
                command.commandLine().getOut().println(summary(result, (System.nanoTime() - started) / 1e9));
                command.commandLine().getOut().flush();
            } catch (IOException e) {
                err.println("seizmon simulate synth: writing " + SyntheticSource.subjectId(i) + " under " + out
                        + " failed: " + describe(e));
                return EXIT_IO;
            }
        }
        return EXIT_OK;
    }

    /** Checks the options and builds the spec; a bad value is a {@link ParameterException} naming its option. */
    private SynthSpec spec() {
        if (subjects < 1 || subjects > MAX_SUBJECTS) {
            throw usage("--subjects: " + subjects + " (expected: 1 to " + MAX_SUBJECTS + ")");
        }
        if (live == (out != null)) {
            throw usage("expected exactly one of --out DIR and --live");
        }
        if (!live && (broker != null || login.given() || loop || quiet || speed.factor() != 1.0)) {
            throw usage("--broker, --username, --password-file, --speed, --loop, --quiet: only with --live");
        }
        try {
            SynthSpec spec = SynthSpec.of(sampleRateHz, durationSeconds, seed).withChannelCount(channels)
                    .withSeizuresPerDay(seizuresPerDay).withMainsHz(mainsHz);
            if (!live) {
                SynthWriter.check(spec);
            }
            return spec;
        } catch (IllegalArgumentException e) {
            throw usage(optionNamed(e.getMessage()));
        }
    }

    /** Returns the broker of {@code --live} with its login; a bad option is a {@link ParameterException}. */
    private BrokerOptions brokerOptions() {
        try {
            return BrokerOptions.of(broker == null ? BrokerOptions.DEFAULT_URL : broker)
                    .withLogin(login.resolve(System.getenv()));
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(command.commandLine(), message);
    }

    /** Replaces the spec's parameter name at the start of {@code message} by the option's. */
    private static String optionNamed(String message) {
        Map<String, String> options = Map.of("sampleRateHz", "--rate", "durationSeconds", "--duration",
                "channelCount", "--channels", "seizuresPerDay", "--seizures-per-day", "mainsHz", "--mains");
        int colon = message.indexOf(':');
        String option = colon > 0 ? options.get(message.substring(0, colon)) : null;
        return option == null ? message : option + message.substring(colon);
    }

    private static String summary(SynthWriter.Result result, double seconds) {
        Map<EventKind, Integer> counts = new EnumMap<>(EventKind.class);
        result.events().forEach(e -> counts.merge(EventKind.ofLabel(e.eventType()), 1, Integer::sum));
        StringBuilder others = new StringBuilder();
        int otherCount = 0;
        for (Map.Entry<EventKind, Integer> entry : counts.entrySet()) {
            if (entry.getKey() != EventKind.SEIZURE && entry.getKey() != EventKind.POSTICTAL) {
                others.append(others.length() == 0 ? "" : ", ").append(entry.getKey().label()).append(' ')
                        .append(entry.getValue());
                otherCount += entry.getValue();
            }
        }
        return String.format(Locale.ROOT, "%s: %d seizures, %d other events (%s); %s %s, %s %s; %.1f s",
                result.subjectId(), result.seizures(), otherCount, others, result.edfFile().getFileName(),
                size(result.edfBytes()), result.eventsFile().getFileName(), size(result.eventsBytes()), seconds);
    }

    private static String size(long bytes) {
        if (bytes >= 1_000_000) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
        }
        return String.format(Locale.ROOT, "%.1f kB", bytes / 1e3);
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
    }

    /** Prints a progress line to standard error at every tenth of a subject. */
    private static final class ProgressLine implements SynthWriter.Progress {
        private final PrintWriter err;
        private long nextTenth = 1;

        ProgressLine(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void onRecord(String subjectId, long samplesWritten, long totalSamples) {
            if (samplesWritten * 10 >= nextTenth * totalSamples) {
                err.printf(Locale.ROOT, "%s: %d%%%n", subjectId, 100 * samplesWritten / totalSamples);
                err.flush();
                nextTenth = samplesWritten * 10 / totalSamples + 1;
            }
        }
    }
}
