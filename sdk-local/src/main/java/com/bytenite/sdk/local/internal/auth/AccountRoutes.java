package com.bytenite.sdk.local.internal.auth;

import com.bytenite.sdk.local.internal.server.ApiException;
import com.bytenite.sdk.local.internal.server.ApiRequest;
import com.bytenite.sdk.local.internal.server.ApiResponse;
import com.bytenite.sdk.local.internal.server.Bodies;
import com.bytenite.sdk.local.internal.server.Router;
import com.bytenite.sdk.local.internal.server.ServerInfo;
import com.bytenite.sdk.local.internal.server.ServerJson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The account around the jobs: API keys, secrets, the user's profile, sign out. */
public final class AccountRoutes {
    private static final String BASE = "/v1/auth";
    private static final Set<String> PROFILE_FIELDS = Set.of("contactInfo", "firstName", "lastName", "userName", "onboardingInfo");

    private final ApiKeys keys;
    private final TokenIssuer tokens;
    private final SecretStore secrets;
    private final Clock clock;
    private final Map<String, JsonObject> profiles = new ConcurrentHashMap<>();

    public AccountRoutes(ApiKeys keys, TokenIssuer tokens, SecretStore secrets, Clock clock) {
        this.keys = keys;
        this.tokens = tokens;
        this.secrets = secrets;
        this.clock = clock;
    }

    public void register(Router router) {
        router.add("GET", BASE + "/api_keys", this::listKeys)
                .add("POST", BASE + "/api_keys/{id}/revoke", this::revokeKey)
                .add("GET", BASE + "/secrets", this::listSecrets)
                .add("POST", BASE + "/secrets", this::createSecret)
                .add("DELETE", BASE + "/secrets/{secretType}/{id}", this::deleteSecret)
                .add("GET", BASE + "/user", r -> ApiResponse.json(user(r.principal())))
                .add("PATCH", BASE + "/user", this::updateUser)
                .add("POST", BASE + "/signout", this::signOut)
                .add("GET", BASE + "/skip", r -> ApiResponse.json(skip()), Router.Access.OPEN)
                .add("GET", BASE + "/info", r -> ApiResponse.json(ServerInfo.json()), Router.Access.OPEN);
    }

    private ApiResponse listKeys(ApiRequest r) {
        JsonArray list = new JsonArray();
        for (ApiKeys.KeyInfo k : keys.list(r.principal())) {
            JsonObject o = new JsonObject();
            o.addProperty("id", k.id());
            o.addProperty("name", k.name());
            ServerJson.putTime(o, "issuedAt", k.createdAt());
            o.addProperty("userId", k.user());
            o.addProperty("revoked", k.revoked());
            o.addProperty("fingerprint", k.fingerprint());
            list.add(o);
        }
        JsonObject o = new JsonObject();
        o.add("apiKeys", list);
        return ApiResponse.json(o);
    }

    private ApiResponse revokeKey(ApiRequest r) {
        if (!keys.revoke(r.principal(), r.pathParam("id"))) {
            throw ApiException.notFound("API key " + r.pathParam("id") + " not found");
        }
        tokens.revokeKey(r.pathParam("id"));
        return ApiResponse.ok(r, "API key revoked");
    }

    private ApiResponse listSecrets(ApiRequest r) {
        JsonArray list = new JsonArray();
        secrets.list(r.principal(), r.query("secretType")).forEach(s -> list.add(s.described().deepCopy()));
        JsonObject o = new JsonObject();
        o.add("secrets", list);
        return ApiResponse.json(o);
    }

    private ApiResponse createSecret(ApiRequest r) throws IOException {
        JsonObject body = r.jsonObject();
        JsonObject secret = Bodies.optionalObject(body, "secret");
        String id = Bodies.requiredString(secret, "id");
        String type = Bodies.requiredString(secret, "secretType");
        String secretKey = Bodies.optionalString(body, "secretKey");
        Instant expiresAt = expiry(Bodies.optionalString(secret, "expiresAt"));
        JsonObject described = secret.deepCopy();
        described.remove("secretKey");
        SecretStore.Secret s = new SecretStore.Secret(r.principal(), id, type, Bodies.optionalString(secret, "accessKey"), secretKey,
                expiresAt, described);
        if (!secrets.add(s)) {
            throw new ApiException(409, "Already Exists", "a " + type + " secret with id " + id + " already exists: delete it first");
        }
        return ApiResponse.ok(r, "secret created");
    }

    private Instant expiry(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            Instant at = Instant.parse(text);
            if (!at.isAfter(clock.instant())) {
                throw ApiException.badRequest("secret.expiresAt must be in the future, was " + text);
            }
            return at;
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("secret.expiresAt must be an RFC 3339 time, was '" + text + "'");
        }
    }

    private ApiResponse deleteSecret(ApiRequest r) {
        if (!secrets.remove(r.principal(), r.pathParam("secretType"), r.pathParam("id"))) {
            throw ApiException.notFound(r.pathParam("secretType") + " secret " + r.pathParam("id") + " not found");
        }
        return ApiResponse.ok(r, "secret deleted");
    }

    private ApiResponse updateUser(ApiRequest r) throws IOException {
        JsonObject body = r.jsonObject();
        for (String field : body.keySet()) {
            if (!PROFILE_FIELDS.contains(field)) {
                throw ApiException.badRequest(field + " cannot be changed: the updatable fields are " + PROFILE_FIELDS);
            }
        }
        JsonObject profile = profile(r.principal());
        synchronized (profile) {
            for (Map.Entry<String, JsonElement> e : body.entrySet()) {
                profile.add(e.getKey(), e.getValue().deepCopy());
            }
        }
        return ApiResponse.json(user(r.principal()));
    }

    private ApiResponse signOut(ApiRequest r) {
        tokens.revokeAll(r.principal());
        return ApiResponse.ok(r, "signed out: every access token of this user is revoked");
    }

    private JsonObject user(String id) {
        JsonObject profile = profile(id);
        JsonObject user = new JsonObject();
        synchronized (profile) {
            user.addProperty("id", id);
            user.addProperty("displayName", id);
            user.addProperty("providerId", "local");
            user.addProperty("emailVerified", false);
            user.addProperty("role", "ROLE_NONE");
            user.add("settings", new JsonObject());
            profile.entrySet().forEach(e -> user.add(e.getKey(), e.getValue().deepCopy()));
        }
        JsonObject o = new JsonObject();
        o.add("user", user);
        return o;
    }

    private JsonObject profile(String id) {
        return profiles.computeIfAbsent(id, k -> {
            JsonObject p = new JsonObject();
            ServerJson.putTime(p, "createdAt", clock.instant());
            return p;
        });
    }

    private static JsonObject skip() {
        JsonObject o = new JsonObject();
        // No interactive login on a local server: clients may always skip it.
        o.addProperty("skip", true);
        o.addProperty("redirectTo", "");
        return o;
    }
}
