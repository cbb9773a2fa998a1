package com.bytenite.sdk.auth.internal;

import com.bytenite.sdk.core.errors.ByteNiteNetworkException;
import com.bytenite.sdk.core.errors.ByteNiteTimeoutException;
import com.bytenite.sdk.core.errors.MalformedResponseException;
import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.core.http.Operation;
import com.bytenite.sdk.core.internal.AccessToken;
import com.bytenite.sdk.core.internal.AccessTokenExchange;
import com.bytenite.sdk.core.internal.ErrorMapper;
import com.bytenite.sdk.core.json.ByteNiteJson;
import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.lang.reflect.Type;
import java.net.SocketTimeoutException;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Runs sdk-core's own API-key exchange ({@link AccessTokenExchange}: the same request, answer
 * parsing and expiry rule as the SDK's token renewal) for callers who want the raw token.
 *
 * <p>Core sends its exchange through the stack's credential-free client, and so must this: the
 * exchange is the one call that carries no access token, and sending it through the authenticated
 * client would first exchange the configured key (a second, useless exchange) and then leak the
 * SDK's own token to it. The answer is kept here because core's {@link AccessToken} drops
 * {@code scope} and the announced {@code expiresIn}.
 */
public final class RawTokenExchange {
    private static final int EXCERPT_LENGTH = 200;

    /** What the exchange returned: core's token (with its computed expiry) plus the rest of the answer. */
    public record Result(AccessToken token, Long expiresInSeconds, String scope) {
    }

    private final ByteNiteHttp http;
    private Long expiresIn;
    private String scope;

    private RawTokenExchange(ByteNiteHttp http) {
        this.http = http;
    }

    /**
     * Exchanges {@code apiKey} at {@code POST /v1/auth/access_token} without any Authorization header.
     *
     * @throws com.bytenite.sdk.core.errors.ByteNiteApiException for an error status (401 for a refused key)
     * @throws MalformedResponseException for an answer without a token or not JSON
     * @throws ByteNiteNetworkException if no answer arrived
     */
    public static Result exchange(ByteNiteHttp http, String apiKey) {
        RawTokenExchange sender = new RawTokenExchange(http);
        AccessToken token = new AccessTokenExchange(apiKey, http.config(), http.clock(), sender::send).fetch();
        return new Result(token, sender.expiresIn, sender.scope);
    }

    private AccessToken send(Operation operation, Request request, Gson gson, Type type) {
        try (Response response = http.open(operation, () -> request, http.externalClient(), this::bound)) {
            String body = read(operation, request, response);
            try {
                JsonElement answer = JsonParser.parseString(body);
                AccessToken token = gson.fromJson(answer, type);
                if (answer.isJsonObject()) {
                    JsonObject o = answer.getAsJsonObject();
                    scope = text(o, "scope");
                    expiresIn = ByteNiteJson.parseInt64(text(o, "expiresIn"), "expiresIn");
                }
                return token;
            } catch (RuntimeException e) {
                throw new MalformedResponseException(operation.name(), response.code(), ErrorMapper.requestIdHeader(response),
                        excerpt(body), e);
            }
        }
    }

    /** The per-call bound that {@code ByteNiteHttp.execute} applies to unary calls; {@code open} leaves it to us. */
    private void bound(Call call) {
        http.config().callTimeout().ifPresent(t -> call.timeout().timeout(t.toMillis(), TimeUnit.MILLISECONDS));
    }

    private String read(Operation operation, Request request, Response response) {
        ResponseBody body = response.body();
        try {
            return body == null ? "" : body.string();
        } catch (IOException e) {
            String message = "Network failure in " + operation.name() + " [" + request.method() + " " + request.url().encodedPath()
                    + "] while reading the answer: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + http.redact(e.getMessage()));
            throw e instanceof SocketTimeoutException
                    ? new ByteNiteTimeoutException(message, operation.name(), true, e)
                    : new ByteNiteNetworkException(message, operation.name(), true, e);
        }
    }

    private String excerpt(String body) {
        String clean = http.redact(body).replaceAll("\\s+", " ").trim();
        return clean.isEmpty() ? "<empty>" : clean.length() <= EXCERPT_LENGTH ? clean : clean.substring(0, EXCERPT_LENGTH) + "…";
    }

    private static String text(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
    }
}
