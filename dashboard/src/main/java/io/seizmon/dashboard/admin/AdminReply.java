package io.seizmon.dashboard.admin;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;

/**
 * The answer to one {@link AdminRequest}: applied (with the line the command prints and an optional warning), or
 * refused with an error naming what was wrong. Wire form, one line of JSON: {@code {"ok":true,"message":..}} plus
 * {@code "warning"} when there is one, or {@code {"error":..}}. Immutable.
 *
 * @param error   why the request was refused, or null when it was applied
 * @param message what was done (null when refused)
 * @param warning what the command prints as a warning, or null
 */
public record AdminReply(String error, String message, String warning) {

    /** Applied. */
    public static AdminReply ok(String message, String warning) {
        return new AdminReply(null, message, warning);
    }

    /** Refused. */
    public static AdminReply refused(String error) {
        return new AdminReply(error, null, null);
    }

    public boolean isOk() {
        return error == null;
    }

    /** The wire form. */
    public JsonObject toJson() {
        if (!isOk()) {
            return new JsonObject().put("error", error);
        }
        JsonObject json = new JsonObject().put("ok", true).put("message", message);
        return warning == null ? json : json.put("warning", warning);
    }

    /**
     * Reads a reply line.
     *
     * @throws IllegalArgumentException when it is neither an ok nor an error reply
     */
    static AdminReply decode(String line) {
        try {
            JsonObject json = new JsonObject(line);
            if (json.getValue("error") instanceof String error) {
                return refused(error);
            }
            if (Boolean.TRUE.equals(json.getValue("ok")) && json.getValue("message") instanceof String message) {
                return ok(message, json.getValue("warning") instanceof String w ? w : null);
            }
        } catch (DecodeException | ClassCastException e) {
            // fall through
        }
        throw new IllegalArgumentException("admin reply: " + line
                + " (expected: {\"ok\":true,...} or {\"error\":...})");
    }
}
