package io.seizmon.dashboard.auth;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A stored password: PBKDF2-HMAC-SHA256 with a per-user random salt. Encoded as
 * {@code pbkdf2-sha256$ITERATIONS$SALT_BASE64$HASH_BASE64} so the iteration count can grow without a migration.
 *
 * <p>Thread-safe: immutable. {@link #matches} compares in constant time ({@link MessageDigest#isEqual}).
 *
 * @param iterations PBKDF2 iterations, &ge; {@value #MIN_ITERATIONS}
 * @param salt       random salt, {@value #SALT_BYTES} bytes when made here
 * @param hash       derived key, {@value #HASH_BYTES} bytes
 */
public record PasswordHash(int iterations, byte[] salt, byte[] hash) {

    /** Iterations for new hashes (OWASP's 2023 figure for PBKDF2-HMAC-SHA256). */
    public static final int DEFAULT_ITERATIONS = 210_000;
    /** Fewest iterations accepted when reading a stored hash. */
    public static final int MIN_ITERATIONS = 210_000;
    /** Salt length, bytes. */
    public static final int SALT_BYTES = 16;
    /** Derived key length, bytes. */
    public static final int HASH_BYTES = 32;
    /** Shortest password accepted for a new user, characters. */
    public static final int MIN_PASSWORD_LENGTH = 10;

    private static final String PREFIX = "pbkdf2-sha256";
    private static final SecureRandom RANDOM = new SecureRandom();

    public PasswordHash {
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalArgumentException("iterations: " + iterations + " (expected: >= " + MIN_ITERATIONS + ")");
        }
        salt = salt.clone();
        hash = hash.clone();
    }

    /**
     * Hashes a new password with a fresh salt.
     *
     * @throws IllegalArgumentException when the password is shorter than {@value #MIN_PASSWORD_LENGTH}
     */
    public static PasswordHash of(char[] password) {
        if (password.length < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("password: " + password.length + " characters (expected: >= "
                    + MIN_PASSWORD_LENGTH + ")");
        }
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new PasswordHash(DEFAULT_ITERATIONS, salt, derive(password, salt, DEFAULT_ITERATIONS));
    }

    /** Whether {@code password} is the one hashed here, compared in constant time. */
    public boolean matches(char[] password) {
        return MessageDigest.isEqual(hash, derive(password, salt, iterations));
    }

    /** The encoded form stored in the database. */
    public String encode() {
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /**
     * Reads the encoded form.
     *
     * @throws IllegalArgumentException naming the part that is wrong
     */
    public static PasswordHash decode(String encoded) {
        String[] parts = encoded.split("\\$");
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            throw new IllegalArgumentException("password hash: unknown format (expected: " + PREFIX
                    + "$ITERATIONS$SALT$HASH)");
        }
        try {
            Base64.Decoder b64 = Base64.getDecoder();
            return new PasswordHash(Integer.parseInt(parts[1]), b64.decode(parts[2]), b64.decode(parts[3]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("password hash iterations: " + parts[1] + " (expected: an integer)", e);
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BYTES * 8);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available in this JVM", e);
        } finally {
            spec.clearPassword();
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PasswordHash p && iterations == p.iterations && Arrays.equals(salt, p.salt)
                && Arrays.equals(hash, p.hash);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(salt) + Arrays.hashCode(hash);
    }

    @Override
    public String toString() {
        return "PasswordHash[" + PREFIX + ", " + iterations + " iterations]";
    }
}
