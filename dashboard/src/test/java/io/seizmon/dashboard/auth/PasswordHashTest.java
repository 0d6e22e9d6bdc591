package io.seizmon.dashboard.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    private static final char[] PASSWORD = "correct horse battery".toCharArray();

    @Test
    void matchesOnlyTheHashedPassword() {
        PasswordHash hash = PasswordHash.of(PASSWORD);
        assertThat(hash.matches(PASSWORD)).isTrue();
        assertThat(hash.matches("correct horse battery ".toCharArray())).isFalse();
        assertThat(hash.matches("".toCharArray())).isFalse();
    }

    @Test
    void usesAFreshSaltAndAtLeast210000Iterations() {
        PasswordHash a = PasswordHash.of(PASSWORD);
        PasswordHash b = PasswordHash.of(PASSWORD);
        assertThat(a.salt()).isNotEqualTo(b.salt());
        assertThat(a.hash()).isNotEqualTo(b.hash());
        assertThat(a.iterations()).isGreaterThanOrEqualTo(210_000);
        assertThat(a.salt()).hasSize(PasswordHash.SALT_BYTES);
    }

    @Test
    void encodedFormReadsBack() {
        PasswordHash hash = PasswordHash.of(PASSWORD);
        String encoded = hash.encode();
        assertThat(encoded).startsWith("pbkdf2-sha256$210000$").doesNotContain("horse");
        PasswordHash read = PasswordHash.decode(encoded);
        assertThat(read).isEqualTo(hash);
        assertThat(read.matches(PASSWORD)).isTrue();
    }

    @Test
    void rejectsShortPasswordsAndWeakStoredHashes() {
        assertThatThrownBy(() -> PasswordHash.of("short".toCharArray()))
                .hasMessage("password: 5 characters (expected: >= 10)");
        assertThatThrownBy(() -> PasswordHash.decode("pbkdf2-sha256$1000$AAAA$AAAA"))
                .hasMessage("iterations: 1000 (expected: >= 210000)");
        assertThatThrownBy(() -> PasswordHash.decode("md5$x"))
                .hasMessageStartingWith("password hash: unknown format");
    }

    @Test
    void agreesWithPythonsHashlibPbkdf2() {
        // python3 -c "import hashlib; print(hashlib.pbkdf2_hmac('sha256', b'password123', bytes(16), 210000).hex())"
        PasswordHash reference = new PasswordHash(210_000, new byte[16], java.util.HexFormat.of().parseHex(
                "5330133c078fea3106d9e3c62f8d8eed1cb3511fb88319ba18154933beeea780"));
        assertThat(reference.matches("password123".toCharArray())).isTrue();
        assertThat(reference.matches("password124".toCharArray())).isFalse();
    }
}
