package io.seizmon.simulator.replay;

import io.seizmon.core.recording.RecordingFormatException;
import io.seizmon.core.wire.SampleEncoding;
import io.seizmon.core.wire.Topics;
import io.seizmon.simulator.live.LiveStreamer;
import io.seizmon.simulator.live.ReplaySummary;
import io.seizmon.simulator.live.StreamOptions;
import io.seizmon.simulator.live.SubjectIds;
import io.seizmon.simulator.live.SubjectStream;
import io.seizmon.simulator.pacing.ReplaySpeed;
import io.seizmon.simulator.publish.BrokerOptions;
import io.seizmon.simulator.publish.PublishException;
import io.seizmon.simulator.source.RecordingSource;
import io.seizmon.simulator.source.RecordingSourceOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code seizmon simulate replay FILE...}: publishes each recording as its own simulated subject, concurrently.
 *
 * <p>Exit status: {@value #EXIT_OK} when every stream ran to its end and the broker acknowledged everything;
 * {@value #EXIT_RUNTIME} for a runtime failure (broker unreachable or lost, I/O); {@value #EXIT_INPUT} for bad
 * arguments or unreadable input (missing, corrupt, truncated or unknown-format files, also when found mid-replay).
 * Messages name the file and the problem; no stack traces.
 */
@Command(name = "replay", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Replays recordings (EDF, EDF+, BDF, BDF+, CSV, one value per line) over MQTT as simulated "
                + "subjects under seizmon/v1/sim/, with their annotations on the truth topic.")
public final class ReplayCommand implements Callable<Integer> {

    /** Every stream ran to its end. */
    public static final int EXIT_OK = 0;
    /** Broker or I/O failure. */
    public static final int EXIT_RUNTIME = 1;
    /** Bad arguments or unreadable input. */
    public static final int EXIT_INPUT = 2;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Recordings, each published as its own subject.")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--broker", paramLabel = "URL", defaultValue = BrokerOptions.DEFAULT_URL,
            description = "MQTT broker, tcp://HOST:PORT or ssl://HOST:PORT (default: ${DEFAULT-VALUE}).")
    private String brokerUrl;

    @Mixin
    private BrokerLoginOptions login;

    @Option(names = "--speed", paramLabel = "1|10|max", defaultValue = "1", converter = SpeedConverter.class,
            description = "Recording seconds per second, or max: as fast as the broker acknowledges (default: 1).")
    private ReplaySpeed speed;

    @Option(names = "--loop", description = "Start again at the end, as one continuous stream; stop with Ctrl-C.")
    private boolean loop;

    @Option(names = "--start", paramLabel = "[[HH:]MM:]SS", defaultValue = "0", converter = StartTimeConverter.class,
            description = "Skip this much of each recording, e.g. 00:10:00.")
    private double startSeconds;

    @Option(names = "--subject", paramLabel = "NAME", description = "Subject id, once per FILE in order "
            + "(default: the file name, lower-cased, other characters as '-').")
    private List<String> subjects = new ArrayList<>();

    @Option(names = "--chunk-ms", paramLabel = "MS", defaultValue = "100",
            description = "Recording time per frame, ms (default: ${DEFAULT-VALUE}).")
    private int chunkMillis;

    @Option(names = "--rate", paramLabel = "HZ", description = "Sample rate of text recordings (CSV, .txt).")
    private Double rateHz;

    @Option(names = "--channels", paramLabel = "LABEL|INDEX", split = ",",
            description = "Signals to publish, by label or 0-based index (default: all signals at the most common "
                    + "rate).")
    private List<String> channels = new ArrayList<>();

    @Option(names = "--events", paramLabel = "EVENTS.TSV", description = "BIDS events file with the ground truth, "
            + "once per FILE in order (default: NAME_events.tsv beside the file, else its EDF+ annotations).")
    private List<Path> eventsFiles = new ArrayList<>();

    @Option(names = "--encoding", paramLabel = "float32|int16", defaultValue = "float32",
            converter = EncodingConverter.class, description = "Frame sample encoding (default: ${DEFAULT-VALUE}).")
    private SampleEncoding encoding;

    @Option(names = "--max-inflight", paramLabel = "N", defaultValue = "64",
            description = "Most unacknowledged messages before publishing waits (default: ${DEFAULT-VALUE}).")
    private int maxInflight;

    @Option(names = "--reconnect-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "How long to try to regain a lost broker (default: ${DEFAULT-VALUE}).")
    private int reconnectSeconds;

    @Option(names = "--quiet", description = "No progress line and no summary.")
    private boolean quiet;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<SubjectStream> streams;
        StreamOptions options;
        try {
            streams = streams(err);
            options = options();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        try {
            ReplaySummary summary = LiveStreamer.run(streams, options, out, err);
            return exitStatus(summary, err);
        } catch (IOException | IllegalArgumentException e) {
            return fail(err, EXIT_INPUT, e.getMessage());
        } catch (PublishException e) {
            return fail(err, EXIT_RUNTIME, e.getMessage());
        }
    }

    private List<SubjectStream> streams(PrintWriter err) {
        requireOnePerFile("--subject", subjects.size());
        requireOnePerFile("--events", eventsFiles.size());
        List<String> ids = subjects.isEmpty() ? derivedSubjects() : checkedSubjects();
        RecordingSourceOptions base = new RecordingSourceOptions(rateHz == null ? Double.NaN : rateHz, channels,
                startSeconds, null);
        Consumer<String> warnings = warning -> {
            err.println("warning: " + warning);
            err.flush();
        };
        List<SubjectStream> streams = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            RecordingSourceOptions sourceOptions = eventsFiles.isEmpty() ? base : base.withEventsFile(eventsFiles
                    .get(i));
            streams.add(new SubjectStream(ids.get(i), () -> RecordingSource.open(file, sourceOptions, warnings)));
        }
        return streams;
    }

    private StreamOptions options() {
        BrokerOptions broker = BrokerOptions.of(brokerUrl).withMaxInflight(maxInflight)
                .withReconnectTimeout(Duration.ofSeconds(reconnectSeconds)).withLogin(login.resolve(System.getenv()));
        return StreamOptions.builder().broker(broker).speed(speed).chunkMillis(chunkMillis).encoding(encoding)
                .loop(loop).quiet(quiet).progress(!quiet && System.console() != null).build();
    }

    private void requireOnePerFile(String option, int count) {
        if (count != 0 && count != files.size()) {
            throw new IllegalArgumentException(option + ": given " + count + " times (expected: once per FILE, "
                    + files.size() + " times, or not at all)");
        }
    }

    private List<String> derivedSubjects() {
        List<String> ids = new ArrayList<>();
        files.forEach(file -> ids.add(SubjectIds.fromFileName(file.getFileName().toString())));
        return SubjectIds.unique(ids);
    }

    private List<String> checkedSubjects() {
        for (String subject : subjects) {
            if (!Topics.isValidSubjectId(subject)) {
                throw new IllegalArgumentException("--subject '" + subject + "' (expected: 1 to 64 of a-z 0-9 . _ -, "
                        + "starting with a letter or digit)");
            }
        }
        if (new HashSet<>(subjects).size() != subjects.size()) {
            throw new IllegalArgumentException("--subject " + subjects + " (expected: each subject once)");
        }
        return subjects;
    }

    private static int exitStatus(ReplaySummary summary, PrintWriter err) {
        if (summary.succeeded() || (summary.cancelled() && summary.firstFailure() == null)) {
            return EXIT_OK;
        }
        Throwable failure = summary.firstFailure();
        boolean input = failure instanceof RecordingFormatException || failure instanceof IllegalArgumentException;
        return fail(err, input ? EXIT_INPUT : EXIT_RUNTIME, failure.getMessage());
    }

    private static int fail(PrintWriter err, int status, String message) {
        err.println("seizmon simulate replay: " + message);
        err.flush();
        return status;
    }
}
