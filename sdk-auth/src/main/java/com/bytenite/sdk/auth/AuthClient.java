package com.bytenite.sdk.auth;

import com.bytenite.sdk.auth.internal.AuthOperations;
import com.bytenite.sdk.auth.internal.GeneratedAuthApi;
import com.bytenite.sdk.auth.internal.generated.model.AccessTokenRequest;
import com.bytenite.sdk.auth.internal.generated.model.AccessTokenResponse;
import com.bytenite.sdk.auth.internal.generated.model.ApiKeyList;
import com.bytenite.sdk.auth.internal.generated.model.CreateSecretRequest;
import com.bytenite.sdk.auth.internal.generated.model.SecretList;
import com.bytenite.sdk.auth.internal.generated.model.SkipLoginResponse;
import com.bytenite.sdk.auth.internal.generated.model.UpdateUserRequest;
import com.bytenite.sdk.auth.internal.generated.model.UserResponse;
import com.bytenite.sdk.core.ServerInfo;
import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.core.http.Operation;
import com.bytenite.sdk.core.http.PathParameter;
import com.bytenite.sdk.core.http.RequestSource;
import com.google.gson.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The Authentication API ({@code /v1/auth}): tokens, API keys, secrets, the user, sign-out.
 *
 * <pre>{@code
 * AuthClient auth = new AuthClient(http);
 * auth.createSecret(NewSecret.builder("my-bucket", SecretType.AWS).accessKey("AKIA…").secretKey(key).build());
 * auth.secrets(SecretType.AWS).forEach(s -> System.out.println(s.id()));
 * }</pre>
 *
 * <p>The SDK exchanges and renews tokens by itself; {@link #exchangeApiKey(String)} is for callers
 * who need a raw token elsewhere. Secret keys and tokens never appear in logs, {@code toString()}
 * or exception messages.
 */
public final class AuthClient {
    private final ByteNiteHttp http;
    private final GeneratedAuthApi api;
    private final Clock clock;

    public AuthClient(ByteNiteHttp http) {
        this.http = Objects.requireNonNull(http, "http must not be null");
        this.api = new GeneratedAuthApi(http);
        this.clock = http.clock();
    }

    /**
     * Exchanges {@code apiKey} for a new access token ({@code POST /access_token}). The key and the
     * token are masked in every later log line and message.
     *
     * @throws IllegalArgumentException for a blank key (nothing is sent)
     * @throws com.bytenite.sdk.core.errors.AuthenticationException for a key the server refuses
     */
    public AccessTokenGrant exchangeApiKey(String apiKey) {
        requireText("apiKey", apiKey);
        http.treatAsSecret(apiKey);
        AccessTokenRequest body = new AccessTokenRequest().apiKey(apiKey);
        AccessTokenGrant grant = call(AuthOperations.GET_ACCESS_TOKEN, () -> api.tokens().getAccessTokenCall(body, null).request(),
                AccessTokenResponse.class, AuthValues::grant);
        if (grant.token() != null) {
            http.treatAsSecret(grant.token());
        }
        return grant;
    }

    /** The token this client's calls use now, exchanged or renewed first if needed. */
    public String currentAccessToken() {
        return http.accessToken();
    }

    /** The user's API keys, by fingerprint ({@code GET /api_keys}). */
    public List<ApiKeyInfo> apiKeys() {
        return call(AuthOperations.LIST_API_KEYS, () -> api.apiKeys().listApiKeysCall(null).request(), ApiKeyList.class,
                l -> l.getApiKeys() == null ? List.of() : l.getApiKeys().stream().map(AuthValues::apiKey).toList());
    }

    /** Revokes an API key by its id ({@code POST /api_keys/{id}/revoke}); tokens it already gave may live until they expire. */
    public void revokeApiKey(String id) {
        String keyId = PathParameter.require("id", id);
        call(AuthOperations.REVOKE_API_KEY, () -> api.apiKeys().revokeApiKeyCall(keyId, null).request(), Void.class, v -> v);
    }

    /** Every secret ({@code GET /secrets}); never their secret keys. */
    public List<Secret> secrets() {
        return listSecrets(null);
    }

    /** The secrets of one type ({@code GET /secrets?secretType=…}). */
    public List<Secret> secrets(SecretType type) {
        return listSecrets(Objects.requireNonNull(type, "type must not be null").name());
    }

    private List<Secret> listSecrets(String type) {
        return call(AuthOperations.LIST_SECRETS, () -> api.secrets().listSecretsCall(type, null).request(), SecretList.class,
                l -> l.getSecrets() == null ? List.of() : l.getSecrets().stream().map(AuthValues::secret).toList());
    }

    /**
     * Creates a secret ({@code POST /secrets}). Never retried automatically: after a network failure
     * whose {@code requestMayHaveBeenSent()} is true, check {@link #secrets()} before trying again.
     *
     * @throws IllegalArgumentException for an expiry that is not in the future (nothing is sent)
     * @throws com.bytenite.sdk.core.errors.ConflictException when the id is taken (status depends on the server)
     */
    public void createSecret(NewSecret secret) {
        Objects.requireNonNull(secret, "secret must not be null");
        if (secret.expiresAt() != null && !secret.expiresAt().isAfter(Instant.now(clock))) {
            throw new IllegalArgumentException("expiresAt: expected a time in the future but was " + secret.expiresAt());
        }
        if (secret.secretKey() != null) {
            http.treatAsSecret(secret.secretKey());
        }
        com.bytenite.sdk.auth.internal.generated.model.Secret wire = new com.bytenite.sdk.auth.internal.generated.model.Secret()
                .id(secret.id()).name(secret.name()).secretType(secret.type().name()).accessKey(secret.accessKey())
                .expiresAt(secret.expiresAt() == null ? null : secret.expiresAt().toString())
                .params(secret.params().isEmpty() ? null : secret.params());
        CreateSecretRequest body = new CreateSecretRequest().secret(wire).secretKey(secret.secretKey());
        call(AuthOperations.CREATE_SECRET, () -> api.secrets().createSecretCall(body, null).request(), Void.class, v -> v);
    }

    /** Deletes a secret ({@code DELETE /secrets/{secretType}/{id}}). */
    public void deleteSecret(SecretType type, String id) {
        Objects.requireNonNull(type, "type must not be null");
        String secretId = PathParameter.require("id", id);
        call(AuthOperations.DELETE_SECRET, () -> api.secrets().deleteSecretCall(type.name(), secretId, null).request(), Void.class, v -> v);
    }

    /** The signed-in user ({@code GET /user}). */
    public User user() {
        return call(AuthOperations.GET_USER, () -> api.users().getUserCall(null).request(), UserResponse.class, r -> AuthValues.user(r.getUser()));
    }

    /**
     * Changes profile fields ({@code PATCH /user}) and returns the updated user.
     *
     * @throws IllegalArgumentException when {@code update} sets nothing (nothing is sent)
     */
    public User updateUser(UserUpdate update) {
        Objects.requireNonNull(update, "update must not be null");
        if (update.isEmpty()) {
            throw new IllegalArgumentException("update: set at least one field");
        }
        UpdateUserRequest body = new UpdateUserRequest().firstName(update.firstName()).lastName(update.lastName())
                .userName(update.userName()).contactInfo(AuthValues.contactInfo(update.contactInfo()))
                .onboardingInfo(AuthValues.onboarding(update.onboarding()));
        return call(AuthOperations.UPDATE_USER, () -> api.users().updateUserCall(body, null).request(), UserResponse.class,
                r -> AuthValues.user(r.getUser()));
    }

    /** Ends the user's session ({@code POST /signout}); what it revokes server-side is not documented. */
    public void signOut() {
        call(AuthOperations.SIGN_OUT, () -> api.session().signOutCall(Map.of(), null).request(), Void.class, v -> v);
    }

    /**
     * Whether the web app's login page may be skipped ({@code GET /skip}) and where it would go.
     *
     * @return the redirect target when skipping, empty otherwise
     */
    public SkipLogin skipLogin() {
        return call(AuthOperations.CHECK_SKIP_LOGIN, () -> api.session().checkSkipLoginCall(null).request(), SkipLoginResponse.class,
                r -> new SkipLogin(Boolean.TRUE.equals(r.getSkip()), r.getRedirectTo()));
    }

    /** The Auth API's version and messages ({@code GET /info}). */
    public ServerInfo info() {
        return call(AuthOperations.GET_INFO, () -> api.info().getInfoCall(null).request(), JsonObject.class, ServerInfo::fromJson);
    }

    /** The answer of {@link #skipLogin()}. */
    public record SkipLogin(boolean skip, String redirectTo) {
    }

    private <T, R> R call(Operation op, RequestSource source, Class<T> type, Function<T, R> mapper) {
        return http.execute(op, source, GeneratedAuthApi.gson(), type, mapper);
    }

    private static void requireText(String field, String value) {
        Objects.requireNonNull(value, field + " must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + ": expected a non-blank value");
        }
    }
}
