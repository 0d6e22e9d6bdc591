package io.seizmon.dashboard.web;

import io.seizmon.dashboard.auth.Role;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.Session;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Who is logged in (kept in the server-side session) and the CSRF check for state-changing requests.
 *
 * <p>CSRF: each session gets a random token at login; a POST (other than the login itself, which must be JSON and
 * cannot be sent by a cross-site form) must carry it in the {@value #CSRF_HEADER} header, compared in constant
 * time. The session cookie is also {@code SameSite=Strict}, so a cross-site request carries no session at all.
 */
final class SessionAccess {

    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String USER = "user";
    private static final String ROLE = "role";
    private static final String CSRF = "csrf";
    private static final String LOGIN = "login";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final boolean kioskForEveryone;
    private final SessionRevocations revocations;

    SessionAccess(boolean kioskForEveryone, SessionRevocations revocations) {
        this.kioskForEveryone = kioskForEveryone;
        this.revocations = revocations;
    }

    /**
     * The caller, or empty when nobody is logged in and kiosk mode is off. A user's session that logged in before
     * the user's password was changed or the user was removed ({@link SessionRevocations}) is destroyed here: the
     * caller is anonymous.
     */
    Optional<Principal> principal(RoutingContext ctx) {
        Session session = ctx.session();
        if (session != null && session.get(USER) != null) {
            Principal principal = new Principal(session.get(USER), Role.valueOf(session.get(ROLE)));
            Long login = session.get(LOGIN);
            if (principal.role() == Role.KIOSK || !revocations.isRevoked(principal.name(), login == null ? 0 : login)) {
                return Optional.of(principal);
            }
            session.destroy();
        }
        return kioskForEveryone ? Optional.of(Principal.KIOSK) : Optional.empty();
    }

    /**
     * Starts a session for {@code principal} under a new session id; returns its CSRF token.
     *
     * @param login the login's number from {@link SessionRevocations#nextLogin()}, drawn when its password was checked
     */
    String login(RoutingContext ctx, Principal principal, long login) {
        Session session = ctx.session();
        session.regenerateId();
        String token = randomToken();
        session.put(USER, principal.name());
        session.put(ROLE, principal.role().name());
        session.put(CSRF, token);
        session.put(LOGIN, login);
        return token;
    }

    /** Ends the session. */
    void logout(RoutingContext ctx) {
        if (ctx.session() != null) {
            ctx.session().destroy();
        }
    }

    /** The session's CSRF token, or null when there is no session login. */
    String csrfToken(RoutingContext ctx) {
        return ctx.session() == null ? null : ctx.session().get(CSRF);
    }

    /** Whether a request may change state: safe methods always; others need the session's CSRF token. */
    boolean csrfOk(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        if (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS) {
            return true;
        }
        String expected = csrfToken(ctx);
        String given = ctx.request().getHeader(CSRF_HEADER);
        return expected != null && given != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }

    /** A random URL-safe token of 256 bits. */
    static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
