package com.bytenite.sdk.core.internal;

import com.bytenite.sdk.core.errors.ApiErrorDetails;
import com.bytenite.sdk.core.errors.AuthenticationException;
import com.bytenite.sdk.core.errors.BadRequestException;
import com.bytenite.sdk.core.errors.ByteNiteApiException;
import com.bytenite.sdk.core.errors.ConflictException;
import com.bytenite.sdk.core.errors.NotFoundException;
import com.bytenite.sdk.core.errors.PermissionDeniedException;
import com.bytenite.sdk.core.errors.RateLimitException;
import com.bytenite.sdk.core.errors.ServerException;
import com.bytenite.sdk.core.errors.UnexpectedStatusException;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.time.Clock;
import okhttp3.Response;

/** The one place where an error status becomes an exception of the SDK's tree. */
public final class ErrorMapper {
    static final int EXCERPT_LENGTH = 200;
    private static final String[] REQUEST_ID_HEADERS = {"X-Request-Id", "Request-Id", "Grpc-Metadata-X-Request-Id"};

    private final Redactor redactor;
    private final Clock clock;

    public ErrorMapper(Redactor redactor, Clock clock) {
        this.redactor = redactor;
        this.clock = clock;
    }

    /**
     * Builds the exception for an error response whose body was already read into {@code body}.
     * Reads ByteNite's envelope and, failing that, grpc-gateway's plain status {@code {"code",
     * "message"}}; any other body becomes a redacted excerpt.
     */
    public ByteNiteApiException map(String operation, Response response, String body) {
        ApiErrorDetails.Builder details = ApiErrorDetails.builder(response.code())
                .operation(operation)
                .request(response.request().method(), redactor.path(response.request().url()))
                .requestId(requestIdHeader(response));
        RetryAfter.of(response, clock).ifPresent(details::retryAfter);
        String unfollowed = response.header(ConnectionGuard.UNFOLLOWED_LOCATION);
        if (unfollowed != null) {
            details.description("the server redirected this call to " + redactor.text(unfollowed)
                    + "; it was not sent again there, because it must not be repeated");
        }
        if (!readEnvelope(body, details)) {
            details.bodyExcerpt(body == null || body.isBlank() ? "<empty>" : redactor.excerpt(body, EXCERPT_LENGTH));
        }
        return forStatus(details.build());
    }

    /**
     * The exception for a success status whose body is ByteNite's envelope saying
     * {@code "ok": false}, or null for any other body. Reporting success for a call the server says
     * failed would leave the caller believing, say, that a job started or a secret exists.
     */
    public ByteNiteApiException refusal(String operation, Response response, String body) {
        // Cheap test first: most answers (jobs, pages) have no top-level "ok" and need no second parse.
        if (body == null || !body.contains("\"ok\"")) {
            return null;
        }
        JsonObject root;
        try {
            JsonElement parsed = JsonParser.parseString(body);
            if (!parsed.isJsonObject()) {
                return null;
            }
            root = parsed.getAsJsonObject();
        } catch (RuntimeException e) {
            return null;
        }
        JsonElement ok = root.get("ok");
        if (ok == null || !ok.isJsonPrimitive() || !ok.getAsJsonPrimitive().isBoolean() || ok.getAsBoolean()) {
            return null;
        }
        ApiErrorDetails.Builder details = ApiErrorDetails.builder(response.code())
                .operation(operation)
                .request(response.request().method(), redactor.path(response.request().url()))
                .requestId(requestIdHeader(response));
        readEnvelope(body, details);
        return new UnexpectedStatusException(details.build());
    }

    public static ByteNiteApiException forStatus(ApiErrorDetails details) {
        int status = details.status();
        switch (status) {
            case 400:
                return new BadRequestException(details);
            case 401:
                return new AuthenticationException(details);
            case 403:
                return new PermissionDeniedException(details);
            case 404:
                return new NotFoundException(details);
            case 409:
                return new ConflictException(details);
            case 429:
                return new RateLimitException(details);
            default:
                return status >= 500 ? new ServerException(details) : new UnexpectedStatusException(details);
        }
    }

    /** The request id from the response headers, for logs of successful calls. */
    public static String requestIdHeader(Response response) {
        for (String name : REQUEST_ID_HEADERS) {
            String value = response.header(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private boolean readEnvelope(String body, ApiErrorDetails.Builder details) {
        JsonObject root;
        try {
            JsonElement parsed = body == null ? null : JsonParser.parseString(body);
            if (parsed == null || !parsed.isJsonObject()) {
                return false;
            }
            root = parsed.getAsJsonObject();
        } catch (RuntimeException e) {
            return false;
        }
        boolean recognised = false;
        String requestId = string(root, "requestId");
        if (requestId != null) {
            details.requestId(requestId);
            recognised = true;
        }
        String message = string(root, "message");
        if (message != null) {
            details.message(redactor.text(message));
            recognised = true;
        }
        JsonElement error = root.get("error");
        if (error != null && error.isJsonObject()) {
            JsonObject e = error.getAsJsonObject();
            details.errorCode(integer(e, "code"));
            details.errorMessage(redactor.text(string(e, "message")));
            details.description(redactor.text(string(e, "description")));
            recognised = true;
        } else if (root.has("code")) {
            details.errorCode(integer(root, "code"));
            recognised = true;
        }
        return recognised;
    }

    private static String string(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
    }

    private static Integer integer(JsonObject o, String name) {
        JsonElement e = o.get(name);
        if (e == null || !e.isJsonPrimitive()) {
            return null;
        }
        JsonPrimitive p = e.getAsJsonPrimitive();
        try {
            return p.isNumber() ? p.getAsInt() : Integer.valueOf(p.getAsString().trim());
        } catch (NumberFormatException ex) {
            return null;
        }
    }
}
