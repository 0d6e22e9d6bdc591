package io.seizmon.dashboard.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.seizmon.dashboard.auth.PasswordHash;
import io.seizmon.dashboard.auth.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The admin socket's wire form: requests and replies read back to what was written; bad fields are named. */
class AdminRequestTest {

    private static final String PASSWORD = "plain-text-password";

    @Test
    void requestsReadBackAndCarryOnlyTheHash() {
        PasswordHash hash = PasswordHash.of(PASSWORD.toCharArray());
        List<AdminRequest> requests = List.of(new AdminRequest.Add("olivia", Role.OPERATOR, hash),
                new AdminRequest.Passwd("olivia", hash), new AdminRequest.Remove("victor"),
                new AdminRequest.Exists("nina"));
        for (AdminRequest request : requests) {
            String line = request.toJson().encode();
            assertThat(line).doesNotContain(PASSWORD).doesNotContain("\n");
            assertThat(AdminRequest.decode(line)).isEqualTo(request);
        }
        assertThat(new AdminRequest.Add("olivia", Role.VIEWER, hash).toJson().getString("hash"))
                .isEqualTo(hash.encode()).startsWith("pbkdf2-sha256$210000$");
    }

    @Test
    void badRequestsNameTheField() {
        assertThatThrownBy(() -> AdminRequest.decode("[1]")).hasMessageStartingWith("request: not a JSON object");
        assertThatThrownBy(() -> AdminRequest.decode("{\"op\":1,\"name\":\"x\"}"))
                .hasMessage("request op: 1 (expected: a string)");
        assertThatThrownBy(() -> AdminRequest.decode("{\"op\":\"passwd\",\"name\":\"x\"}"))
                .hasMessage("request hash: null (expected: a string)");
        assertThatThrownBy(() -> AdminRequest.decode(
                "{\"op\":\"passwd\",\"name\":\"x\",\"hash\":\"pbkdf2-sha256$1000$AAAA$AAAA\"}"))
                .hasMessage("iterations: 1000 (expected: >= 210000)");
        assertThatThrownBy(() -> new AdminRequest.Add("olivia", Role.KIOSK, PasswordHash.of(PASSWORD.toCharArray())))
                .hasMessage("role: KIOSK (expected: operator or viewer)");
    }

    @Test
    void repliesReadBack() {
        AdminReply warned = AdminReply.ok("user olivia (operator) removed from x", "olivia was the last operator");
        assertThat(AdminReply.decode(warned.toJson().encode())).isEqualTo(warned);
        assertThat(AdminReply.decode("{\"ok\":true,\"message\":\"m\"}")).isEqualTo(AdminReply.ok("m", null));
        assertThat(AdminReply.decode("{\"error\":\"e\"}")).isEqualTo(AdminReply.refused("e"));
        assertThatThrownBy(() -> AdminReply.decode("{\"ok\":false}")).hasMessageStartingWith("admin reply: ");
    }
}
