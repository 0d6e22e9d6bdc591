package io.seizmon.dashboard.admin;

import io.seizmon.dashboard.auth.PasswordHash;
import io.seizmon.dashboard.auth.Role;
import io.seizmon.dashboard.auth.UserName;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.util.Objects;

/**
 * One change (or question) about a user, as the {@code dashboard user} commands send it. Passwords travel only as
 * their {@link PasswordHash} encoding, computed by the command (fresh salt); the plaintext never leaves it.
 *
 * <p>Wire form, one line of JSON: {@code {"op":"add","name":..,"role":..,"hash":..}},
 * {@code {"op":"passwd","name":..,"hash":..}}, {@code {"op":"remove","name":..}}, {@code {"op":"exists","name":..}}
 * (asked by {@code passwd} before it prompts for the password). Immutable.
 */
public sealed interface AdminRequest {

    /** The user the request is about ({@link UserName#RULE}). */
    String name();

    /** The JSON object of the wire form. */
    JsonObject toJson();

    /** Adds a user; {@code role} is operator or viewer. */
    record Add(String name, Role role, PasswordHash hash) implements AdminRequest {
        public Add {
            UserName.require(name);
            Objects.requireNonNull(hash, "hash");
            if (role != Role.OPERATOR && role != Role.VIEWER) {
                throw new IllegalArgumentException("role: " + role + " (expected: operator or viewer)");
            }
        }

        @Override
        public JsonObject toJson() {
            return op("add", name).put("role", role.id()).put("hash", hash.encode());
        }
    }

    /** Replaces a user's password. */
    record Passwd(String name, PasswordHash hash) implements AdminRequest {
        public Passwd {
            UserName.require(name);
            Objects.requireNonNull(hash, "hash");
        }

        @Override
        public JsonObject toJson() {
            return op("passwd", name).put("hash", hash.encode());
        }
    }

    /** Removes a user. */
    record Remove(String name) implements AdminRequest {
        public Remove {
            UserName.require(name);
        }

        @Override
        public JsonObject toJson() {
            return op("remove", name);
        }
    }

    /** Asks whether a user exists (changes nothing). */
    record Exists(String name) implements AdminRequest {
        public Exists {
            UserName.require(name);
        }

        @Override
        public JsonObject toJson() {
            return op("exists", name);
        }
    }

    private static JsonObject op(String op, String name) {
        return new JsonObject().put("op", op).put("name", name);
    }

    /**
     * Reads one request line.
     *
     * @throws IllegalArgumentException naming the field that is missing or wrong
     */
    static AdminRequest decode(String line) {
        JsonObject json;
        try {
            json = new JsonObject(line);
        } catch (DecodeException | ClassCastException e) {
            throw new IllegalArgumentException("request: not a JSON object (expected: one line such as"
                    + " {\"op\":\"remove\",\"name\":\"olivia\"})");
        }
        String op = text(json, "op");
        String name = text(json, "name");
        return switch (op) {
            case "add" -> new Add(name, Role.ofUser(text(json, "role")), PasswordHash.decode(text(json, "hash")));
            case "passwd" -> new Passwd(name, PasswordHash.decode(text(json, "hash")));
            case "remove" -> new Remove(name);
            case "exists" -> new Exists(name);
            default -> throw new IllegalArgumentException("request op: " + op
                    + " (expected: add, passwd, remove or exists)");
        };
    }

    private static String text(JsonObject json, String field) {
        if (json.getValue(field) instanceof String value) {
            return value;
        }
        throw new IllegalArgumentException("request " + field + ": " + json.getValue(field) + " (expected: a string)");
    }
}
