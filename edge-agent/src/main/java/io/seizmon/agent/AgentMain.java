package io.seizmon.agent;

import io.micronaut.runtime.Micronaut;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Entry point of {@code seizmon agent [--config FILE] [--broker URL]}: starts the Micronaut application whose
 * {@link io.seizmon.agent.app.AgentRuntime} runs the agent until SIGTERM or Ctrl-C.
 *
 * <p>{@code --config FILE} adds a YAML file over the built-in defaults ({@code micronaut.config.files});
 * {@code --broker URL} sets {@code seizmon.agent.broker.url}. Environment variables override the file
 * ({@code SEIZMON_AGENT_BROKER_URL}, {@code SEIZMON_AGENT_ID}, ...). Under systemd ({@code JOURNAL_STREAM} set) log
 * lines carry no timestamp of their own. Exit status: 0 after a clean stop, 1 when the start fails (bad
 * configuration naming the key, a refused model naming both specs, an unwritable state directory), 64 for bad
 * arguments.
 */
public final class AgentMain {

    /** Exit status for a start that failed. */
    public static final int EXIT_START_FAILED = 1;
    /** Exit status for bad command-line arguments. */
    public static final int EXIT_USAGE = 64;
    static final String LOG_PATTERN_PROPERTY = "seizmon.log.pattern";
    private static final String JOURNALD_PATTERN = "%-5level %logger{0}: %msg%n";
    private static final String USAGE = "usage: seizmon agent [--config FILE] [--broker URL]";

    private AgentMain() {
    }

    public static void main(String[] args) {
        if (System.getenv("JOURNAL_STREAM") != null && System.getProperty(LOG_PATTERN_PROPERTY) == null) {
            System.setProperty(LOG_PATTERN_PROPERTY, JOURNALD_PATTERN);
        }
        Map<String, Object> properties = new HashMap<>();
        try {
            parse(args, properties);
        } catch (IllegalArgumentException e) {
            System.err.println("seizmon agent: " + e.getMessage() + "\n" + USAGE);
            System.exit(EXIT_USAGE);
        }
        if (properties.isEmpty() && args.length == 1) {
            System.out.println(USAGE);
            return;
        }
        try {
            Micronaut.build(new String[0]).mainClass(AgentMain.class).banner(false).properties(properties).start();
        } catch (Throwable e) {
            System.err.println("seizmon agent: cannot start: " + rootMessage(e));
            System.exit(EXIT_START_FAILED);
        }
    }

    /** Reads the options into Micronaut properties; throws for unknown options or missing values. */
    static void parse(String[] args, Map<String, Object> properties) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "-h", "--help" -> {
                    return;
                }
                case "--config" -> {
                    Path file = Path.of(value(args, ++i, arg));
                    if (!Files.isReadable(file)) {
                        throw new IllegalArgumentException("--config: " + file + " (expected: a readable YAML file)");
                    }
                    System.setProperty("micronaut.config.files", file.toAbsolutePath().toString());
                }
                case "--broker" -> properties.put("seizmon.agent.broker.url", value(args, ++i, arg));
                default -> throw new IllegalArgumentException("unknown option '" + arg + "'");
            }
        }
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new IllegalArgumentException(option + ": missing value");
        }
        return args[index];
    }

    /**
     * The message of a start failure that names the key or the file: the outermost cause thrown by our code or a
     * library (not by Micronaut's wrapping), or the innermost message when there is none.
     */
    static String rootMessage(Throwable e) {
        String innermost = e.toString();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null) {
                innermost = t.getMessage();
                if (!t.getClass().getName().startsWith("io.micronaut.")) {
                    return t.getMessage();
                }
            }
        }
        return innermost;
    }
}
