package io.seizmon.dashboard.web;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** JSON responses and errors, one shape for every route: errors are {@code {"error": "..."}}. */
final class Responses {

    private Responses() {
    }

    static void json(RoutingContext ctx, int status, Object body) {
        String text = body instanceof JsonObject o ? o.encode() : ((JsonArray) body).encode();
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=utf-8").end(text);
    }

    static void error(RoutingContext ctx, int status, String message) {
        if (!ctx.response().ended()) {
            json(ctx, status, new JsonObject().put("error", message));
        }
    }

    static void text(RoutingContext ctx, String contentType, String fileName, String body) {
        ctx.response().putHeader("Content-Type", contentType)
                .putHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"").end(body);
    }

    /** Answers 500 for an unexpected failure, logging it with the request it belongs to. */
    static void failure(RoutingContext ctx, Throwable t) {
        System.err.println("dashboard: " + ctx.request().method() + " " + ctx.request().path() + " failed: " + t);
        error(ctx, 500, "internal error (see the dashboard's log)");
    }
}
