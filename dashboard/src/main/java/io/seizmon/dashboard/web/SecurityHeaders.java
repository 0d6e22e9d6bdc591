package io.seizmon.dashboard.web;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * Adds the security headers to every response: a CSP that allows only the dashboard's own files (no inline
 * script or style), no framing, no MIME sniffing, no referrer, no caching of API answers, and HSTS when TLS is on.
 */
final class SecurityHeaders implements Handler<RoutingContext> {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final boolean tls;

    SecurityHeaders(boolean tls) {
        this.tls = tls;
    }

    @Override
    public void handle(RoutingContext ctx) {
        MultiMap headers = ctx.response().headers();
        headers.set("Content-Security-Policy", CSP);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Cross-Origin-Opener-Policy", "same-origin");
        if (tls) {
            headers.set("Strict-Transport-Security", "max-age=31536000");
        }
        if (ctx.request().path().startsWith("/api/")) {
            headers.set("Cache-Control", "no-store");
        }
        ctx.next();
    }
}
