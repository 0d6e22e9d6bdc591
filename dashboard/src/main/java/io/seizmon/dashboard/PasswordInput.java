package io.seizmon.dashboard;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Reads a new password for the {@code dashboard user} commands: twice from the console, or once from stdin. */
final class PasswordInput {

    private PasswordInput() {
    }

    /**
     * The password for {@code userName}: the first line of standard input when {@code fromStdin}, else typed twice
     * on the console (not echoed).
     *
     * @throws IllegalArgumentException when stdin is empty, there is no console, or the two entries differ
     */
    static char[] read(boolean fromStdin, String userName) throws IOException {
        if (fromStdin) {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new IllegalArgumentException("password: standard input is empty (expected: one line)");
            }
            return line.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException("password: no console (expected: a terminal, or --password-stdin)");
        }
        char[] first = console.readPassword("password for %s: ", userName);
        char[] second = console.readPassword("again: ");
        if (first == null || !Arrays.equals(first, second)) {
            throw new IllegalArgumentException("password: the two entries differ");
        }
        return first;
    }
}
