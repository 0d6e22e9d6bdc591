package io.seizmon.simulator.replay;

import io.seizmon.simulator.publish.BrokerLogin;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The broker login options shared by {@code replay} and {@code synth --live} (a picocli {@code @Mixin}):
 * {@code --username NAME} and the password from, in order, {@code --password-file FILE} (its first line) or the
 * environment variable {@value #PASSWORD_VARIABLE}. There is deliberately no option carrying the password itself:
 * a command line shows in {@code ps}.
 *
 * <p>A relative {@code --password-file} is resolved against {@code $CREDENTIALS_DIRECTORY} when that is set, so a
 * systemd unit's {@code LoadCredential=broker-password:...} is read as {@code --password-file broker-password};
 * otherwise against the working directory. Not thread-safe (picocli fills it, one command reads it).
 */
public final class BrokerLoginOptions {

    /** The environment variable holding the password when no {@code --password-file} is given. */
    public static final String PASSWORD_VARIABLE = "SEIZMON_SIM_BROKER_PASSWORD";
    /** The environment variable systemd sets to the folder of a unit's credentials. */
    public static final String CREDENTIALS_VARIABLE = "CREDENTIALS_DIRECTORY";

    @Option(names = "--username", paramLabel = "NAME", description = "Broker username; the password comes from "
            + "--password-file or the environment variable " + PASSWORD_VARIABLE + " (default: anonymous).")
    private String username;

    @Option(names = "--password-file", paramLabel = "FILE", description = "File whose first line is the broker "
            + "password; relative to $" + CREDENTIALS_VARIABLE + " when that is set (systemd LoadCredential).")
    private Path passwordFile;

    /** Returns whether {@code --username} or {@code --password-file} was given. */
    public boolean given() {
        return username != null || passwordFile != null;
    }

    /**
     * Returns the login these options and {@code environment} give, or {@code null} for an anonymous connection
     * (no {@code --username}, no {@code --password-file}, no {@value #PASSWORD_VARIABLE}).
     *
     * @param environment the process environment ({@code System.getenv()}, or a map in tests)
     * @throws IllegalArgumentException naming the option or variable: a password without a username, a username
     *                                  without a password, an empty username, an unreadable or empty password file
     */
    public BrokerLogin resolve(Map<String, String> environment) {
        String variable = environment.get(PASSWORD_VARIABLE);
        if (username == null) {
            if (passwordFile != null) {
                throw new IllegalArgumentException("--password-file: given without --username");
            }
            if (variable != null) {
                throw new IllegalArgumentException(PASSWORD_VARIABLE + ": set without --username (expected: "
                        + "--username NAME, or unset the variable)");
            }
            return null;
        }
        if (username.isEmpty()) {
            throw new IllegalArgumentException("--username: '' (expected: 1 or more characters)");
        }
        if (passwordFile != null) {
            return login(readFirstLine(resolvedPasswordFile(environment)));
        }
        if (variable == null || variable.isEmpty()) {
            throw new IllegalArgumentException("--username " + username + ": no password (expected: --password-file "
                    + "FILE or the environment variable " + PASSWORD_VARIABLE + ")");
        }
        return new BrokerLogin(username, variable.toCharArray());
    }

    /** Returns {@code --password-file}, resolved against {@code $CREDENTIALS_DIRECTORY} when relative and set. */
    Path resolvedPasswordFile(Map<String, String> environment) {
        String credentials = environment.get(CREDENTIALS_VARIABLE);
        if (passwordFile.isAbsolute() || credentials == null || credentials.isEmpty()) {
            return passwordFile;
        }
        return Path.of(credentials).resolve(passwordFile);
    }

    private BrokerLogin login(char[] password) {
        try {
            return new BrokerLogin(username, password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** Reads the first line of {@code file} (without its line end) as UTF-8, never through a {@code String}. */
    private static char[] readFirstLine(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("--password-file " + file + ": cannot read it ("
                    + e.getClass().getSimpleName() + ")", e);
        }
        CharBuffer chars;
        try {
            chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("--password-file " + file + ": not UTF-8 text", e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
        int end = 0;
        while (end < chars.limit() && chars.get(end) != '\n' && chars.get(end) != '\r') {
            end++;
        }
        char[] line = new char[end];
        chars.get(line);
        Arrays.fill(chars.array(), '\0');
        if (line.length == 0) {
            throw new IllegalArgumentException("--password-file " + file + ": the first line is empty (expected: "
                    + "the password)");
        }
        return line;
    }
}
