package com.bytenite.sdk.auth;

import com.bytenite.sdk.core.errors.ApiErrorDetails;
import com.bytenite.sdk.core.errors.UnexpectedStatusException;
import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.core.http.Operation;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Reads the answer of the calls whose success body the reference does not show (revoke a key,
 * create or delete a secret, sign out). The spec reads it as the {@code ok} envelope. Any JSON is
 * accepted except an envelope that says {@code "ok": false}: reporting success for a call the
 * server says failed would leave the caller believing, say, that a secret exists.
 */
final class OkEnvelope {
    private OkEnvelope() {
    }

    /**
     * @param answer the parsed body, or null for an empty one
     * @throws UnexpectedStatusException (HTTP 200, the envelope's code, message and requestId) for {@code "ok": false}
     */
    static void check(ByteNiteHttp http, Operation operation, JsonElement answer) {
        if (answer == null || !answer.isJsonObject()) {
            return;
        }
        JsonObject o = answer.getAsJsonObject();
        JsonElement ok = o.get("ok");
        if (ok == null || !ok.isJsonPrimitive() || !ok.getAsJsonPrimitive().isBoolean() || ok.getAsBoolean()) {
            return;
        }
        ApiErrorDetails.Builder details = ApiErrorDetails.builder(200).operation(operation.name())
                .requestId(text(o, "requestId")).message(redacted(http, text(o, "message")));
        JsonElement error = o.get("error");
        if (error != null && error.isJsonObject()) {
            JsonObject e = error.getAsJsonObject();
            JsonElement code = e.get("code");
            if (code != null && code.isJsonPrimitive() && code.getAsJsonPrimitive().isNumber()) {
                details.errorCode(code.getAsInt());
            }
            details.errorMessage(redacted(http, text(e, "message"))).description(redacted(http, text(e, "description")));
        }
        throw new UnexpectedStatusException(details.build());
    }

    private static String redacted(ByteNiteHttp http, String text) {
        return text == null ? null : http.redact(text);
    }

    private static String text(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
    }
}
