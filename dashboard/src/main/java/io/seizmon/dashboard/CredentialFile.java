package io.seizmon.dashboard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads a secret from a file named in the options: a relative path is resolved against {@code $CREDENTIALS_DIRECTORY}
 * when that is set (systemd's {@code LoadCredential=}), else against the working directory. The secret is the file's
 * content without surrounding white space.
 */
final class CredentialFile {

    private CredentialFile() {
    }

    /**
     * @param key         the option that names the file, for messages
     * @param fileName    the file as configured
     * @param environment the process environment
     * @throws IllegalArgumentException naming the key and the resolved file when it is missing, unreadable or empty
     */
    static char[] read(String key, String fileName, Map<String, String> environment) {
        Path file = Path.of(fileName);
        String credentials = environment.get("CREDENTIALS_DIRECTORY");
        if (!file.isAbsolute() && credentials != null) {
            file = Path.of(credentials).resolve(file);
        }
        try {
            String secret = Files.readString(file).strip();
            if (secret.isEmpty()) {
                throw new IllegalArgumentException(key + ": " + file + " (expected: a file holding the secret, found "
                        + "an empty one)");
            }
            return secret.toCharArray();
        } catch (IOException e) {
            throw new IllegalArgumentException(key + ": " + file + " (expected: a readable file: " + e + ")", e);
        }
    }
}
