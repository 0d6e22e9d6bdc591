package io.seizmon.dashboard.auth;

import java.util.regex.Pattern;

/** The rule for user names: short, ASCII, no spaces, so they print safely in logs, CSV and the page. */
public final class UserName {

    /** The rule in words, for error messages. */
    public static final String RULE =
            "1..64 characters: letters, digits, '.', '_', '-', starting with a letter or digit";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private UserName() {
    }

    /** Whether {@code name} follows {@link #RULE}; false for null. */
    public static boolean isValid(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /**
     * Returns {@code name} when valid.
     *
     * @throws IllegalArgumentException naming the value and the rule
     */
    public static String require(String name) {
        if (!isValid(name)) {
            throw new IllegalArgumentException("user name: " + name + " (expected: " + RULE + ")");
        }
        return name;
    }
}
