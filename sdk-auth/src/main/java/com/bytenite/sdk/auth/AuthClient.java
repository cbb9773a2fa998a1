package com.bytenite.sdk.auth;

import static com.bytenite.sdk.core.http.Arguments.requirePathSegment;

import com.bytenite.sdk.auth.internal.AuthOperations;
import com.bytenite.sdk.auth.internal.GeneratedAuthApi;
import com.bytenite.sdk.auth.internal.generated.model.ApiKeyListDto;
import com.bytenite.sdk.auth.internal.generated.model.CreateSecretRequestDto;
import com.bytenite.sdk.auth.internal.generated.model.SecretListDto;
import com.bytenite.sdk.auth.internal.generated.model.SkipLoginResponseDto;
import com.bytenite.sdk.auth.internal.generated.model.UserResponseDto;
import com.bytenite.sdk.core.ServerInfo;
import com.bytenite.sdk.core.errors.MalformedResponseException;
import com.bytenite.sdk.core.http.AccessTokenGrant;
import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.core.http.Operation;
import com.bytenite.sdk.core.http.RequestSource;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The Authentication API ({@code /v1/auth}): access tokens, API keys, secrets, the user, the
 * session. One method per documented operation; every method checks its arguments before sending
 * anything, with a message naming the field.
 *
 * <pre>{@code
 * try (ByteNiteHttp http = ByteNiteHttp.create(ByteNiteConfig.fromEnv())) {
 *     AuthClient auth = new AuthClient(http);
 *     auth.createSecret(NewSecret.builder("my_aws_secret", SecretType.AWS)
 *             .accessKey("AKIAIOSFODNN7EXAMPLE").secretKey(System.getenv("AWS_SECRET_ACCESS_KEY")).build());
 *     auth.secrets(SecretType.AWS).forEach(s -> System.out.println(s.id() + " expires " + s.expiresAt()));
 * }
 * }</pre>
 *
 * <p><b>Errors.</b> Every method throws the SDK's unchecked exceptions: a subclass of
 * {@link com.bytenite.sdk.core.errors.ByteNiteApiException} for an error status (with the status,
 * the server's {@code requestId} and the envelope's code, message and description),
 * {@link com.bytenite.sdk.core.errors.ByteNiteNetworkException} when no answer arrived, and
 * {@link MalformedResponseException} for a success status with an unreadable body.
 *
 * <p><b>Retries.</b> Secret creation is never replayed once it may have reached the server; the
 * other calls (reads, deletes, revoke, user update, sign-out, the token exchange) are safe to
 * repeat and are retried on transient failures, as the README's retry table says.
 *
 * <p><b>Secrets.</b> API keys, tokens and secret keys never appear in logs, {@code toString()} or
 * exception messages. None of the lists here is paginated: the reference documents no
 * {@code limit}/{@code offset} for them, so each is read in one call.
 *
 * <p>Thread-safe; it holds no state besides the shared stack, which it does not close.
 */
public final class AuthClient {
    private final ByteNiteHttp http;
    private final GeneratedAuthApi api;

    /**
     * An Authentication API client on the shared stack {@code http} (its configuration, token
     * renewal, retries and logging).
     *
     * @throws NullPointerException if {@code http} is null
     */
    public AuthClient(ByteNiteHttp http) {
        this.http = Objects.requireNonNull(http, "http must not be null");
        this.api = new GeneratedAuthApi(http);
    }

    /**
     * Exchanges {@code apiKey} for a new access token ({@code POST /access_token}), for callers who
     * need a raw token elsewhere. The SDK's own calls need none of this: they exchange and renew
     * tokens by themselves. This runs the SDK's own exchange (same request and answer parsing),
     * sent without any {@code Authorization} header, as the docs require of this one call. The key
     * and the new token are masked in every later log line and exception message of this stack.
     *
     * <p>Each call issues another token; the docs do not say whether earlier ones stay valid, nor
     * how many tokens a key may hold.
     *
     * @throws NullPointerException if {@code apiKey} is null
     * @throws IllegalArgumentException if {@code apiKey} is blank (nothing is sent)
     * @throws com.bytenite.sdk.core.errors.AuthenticationException if the server refuses the key (401)
     * @throws MalformedResponseException if the answer carries no token
     */
    public AccessTokenGrant exchangeApiKey(String apiKey) {
        return http.exchangeApiKey(apiKey);
    }

    /**
     * Like {@link #exchangeApiKey(String)} with the API key this client was configured with. The
     * token is a new one, distinct from the one the SDK's own calls use.
     *
     * @throws IllegalStateException if the configuration has an access token but no API key
     */
    public AccessTokenGrant exchangeApiKey() {
        String key = http.config().apiKey().orElseThrow(() -> new IllegalStateException(
                "apiKey: this client was configured with an access token only; pass an API key to exchangeApiKey(String)"));
        return exchangeApiKey(key);
    }

    /**
     * The token the SDK's own calls send now, exchanged or renewed first if it is about to expire.
     * Treat it as a credential. With a static access token in the configuration, that token is
     * returned as is (its expiry is unknown).
     *
     * @throws com.bytenite.sdk.core.errors.ByteNiteException if a needed exchange fails
     */
    public String currentAccessToken() {
        return http.accessToken();
    }

    /**
     * The user's API keys ({@code GET /api_keys}), revoked ones included; never the keys themselves.
     *
     * @return an immutable list, empty when the server sends none
     */
    public List<ApiKeyInfo> apiKeys() {
        return call(AuthOperations.LIST_API_KEYS, () -> api.apiKeys().listApiKeysCall(null).request(), ApiKeyListDto.class,
                l -> l.getApiKeys() == null ? List.of() : l.getApiKeys().stream().map(AuthValues::apiKey).toList());
    }

    /**
     * Revokes an API key ({@code POST /api_keys/{id}/revoke}); revoking a revoked key leaves it
     * revoked. Whether tokens already exchanged for the key keep working until they expire is not
     * documented. Revoking the key this client is configured with stops the SDK from renewing its
     * token: later calls fail once the current token expires.
     *
     * @param id the key's {@link ApiKeyInfo#id() id}, not the key itself
     * @throws IllegalArgumentException if {@code id} is blank, {@code .} or {@code ..} (nothing is sent)
     * @throws com.bytenite.sdk.core.errors.NotFoundException if there is no such key
     * @throws com.bytenite.sdk.core.errors.UnexpectedStatusException (HTTP 200) if the answer says {@code "ok": false}
     */
    public void revokeApiKey(String id) {
        String keyId = requirePathSegment("id", id);
        callForStatus(AuthOperations.REVOKE_API_KEY, () -> api.apiKeys().revokeApiKeyCall(keyId, null).request());
    }

    /**
     * Every secret of the user ({@code GET /secrets}); never their secret keys.
     *
     * @return an immutable list, empty when the server sends none
     */
    public List<Secret> secrets() {
        return listSecrets(null);
    }

    /**
     * The secrets of one type ({@code GET /secrets?secretType=…}). Whether the server counts
     * {@code s3} secrets as {@code aws} ones (the type's former name) is not documented: to be sure
     * to see both, list {@link #secrets()} and keep those whose {@link SecretType#isAws()} is true.
     *
     * @return an immutable list, empty when there is none of that type
     * @throws NullPointerException if {@code type} is null
     */
    public List<Secret> secrets(SecretType type) {
        return listSecrets(Objects.requireNonNull(type, "type must not be null").raw());
    }

    private List<Secret> listSecrets(String type) {
        return call(AuthOperations.LIST_SECRETS, () -> api.secrets().listSecretsCall(type, null).request(), SecretListDto.class,
                l -> l.getSecrets() == null ? List.of() : l.getSecrets().stream().map(AuthValues::secret).toList());
    }

    /**
     * Stores a secret ({@code POST /secrets}). The secret key is registered with the stack's
     * redactor before the request is built, so it is masked in every log line and exception message
     * from then on, including a server error that quotes it.
     *
     * <p>Never retried automatically, since it may create the secret. After a
     * {@link com.bytenite.sdk.core.errors.ByteNiteNetworkException} whose
     * {@code requestMayHaveBeenSent()} is true the outcome is unknown: look for the id in
     * {@link #secrets()} before trying again. What the server answers when the id is already taken
     * (an error, or an overwrite) is not documented, nor is its success body.
     *
     * @throws NullPointerException if {@code secret} is null
     * @throws IllegalArgumentException if the secret's expiry is not in the future by the stack's
     *     clock (the message names {@code expiresAt}; nothing is sent)
     * @throws com.bytenite.sdk.core.errors.BadRequestException if the server refuses the secret
     * @throws com.bytenite.sdk.core.errors.UnexpectedStatusException (HTTP 200) if the answer says {@code "ok": false}
     */
    public void createSecret(NewSecret secret) {
        Objects.requireNonNull(secret, "secret must not be null");
        Instant now = http.clock().instant();
        secret.expiresAt().filter(at -> !at.isAfter(now)).ifPresent(at -> {
            throw new IllegalArgumentException("expiresAt: expected a time in the future but was " + at + " (now " + now + ")");
        });
        http.treatAsSecret(secret.secretKey());
        CreateSecretRequestDto body = new CreateSecretRequestDto().secret(AuthValues.wire(secret)).secretKey(secret.secretKey());
        callForStatus(AuthOperations.CREATE_SECRET, () -> api.secrets().createSecretCall(body, null).request());
    }

    /**
     * Deletes a secret ({@code DELETE /secrets/{secretType}/{id}}). Apps and data sources that name
     * it stop receiving it; jobs already running are not described by the docs. What the server
     * answers for a secret that does not exist (an error or success) is not documented.
     *
     * @param type the secret's type as listed ({@link Secret#type()}): {@code s3} and {@code aws} may not be interchangeable
     * @throws NullPointerException if {@code type} or {@code id} is null
     * @throws IllegalArgumentException if {@code id} or the type's name is blank, {@code .} or
     *     {@code ..} (the message names the field; nothing is sent)
     * @throws com.bytenite.sdk.core.errors.NotFoundException if the server reports no such secret
     * @throws com.bytenite.sdk.core.errors.UnexpectedStatusException (HTTP 200) if the answer says {@code "ok": false}
     */
    public void deleteSecret(SecretType type, String id) {
        String secretType = requirePathSegment("secretType", Objects.requireNonNull(type, "type must not be null").raw());
        String secretId = requirePathSegment("id", id);
        callForStatus(AuthOperations.DELETE_SECRET, () -> api.secrets().deleteSecretCall(secretType, secretId, null).request());
    }

    /**
     * Deletes a secret as listed by {@link #secrets()}, by its type and id.
     *
     * @throws IllegalArgumentException if the listed secret has no id or no type (nothing is sent)
     * @see #deleteSecret(SecretType, String)
     */
    public void deleteSecret(Secret secret) {
        Objects.requireNonNull(secret, "secret must not be null");
        if (secret.type() == null || secret.id() == null) {
            throw new IllegalArgumentException("secret: the listed secret has no " + (secret.id() == null ? "id" : "secretType")
                    + "; delete it with deleteSecret(SecretType, String)");
        }
        deleteSecret(secret.type(), secret.id());
    }

    /**
     * The signed-in user's profile ({@code GET /user}).
     *
     * @throws MalformedResponseException if the answer has no {@code user}
     */
    public User user() {
        return call(AuthOperations.GET_USER, () -> api.users().getUserCall(null).request(), UserResponseDto.class, AuthClient::requireUser);
    }

    /**
     * Changes the fields {@code update} sets ({@code PATCH /user}) and returns the updated profile
     * as the server answers it. Repeating it leaves the same state, so it is retried on transient
     * failures. Whether unset fields are kept or cleared by the server is not documented; the SDK
     * never sends them.
     *
     * @throws NullPointerException if {@code update} is null
     * @throws com.bytenite.sdk.core.errors.BadRequestException if the server refuses a value
     * @throws MalformedResponseException if the answer has no {@code user}
     */
    public User updateUser(UserUpdate update) {
        Objects.requireNonNull(update, "update must not be null");
        var body = AuthValues.wire(update);
        return call(AuthOperations.UPDATE_USER, () -> api.users().updateUserCall(body, null).request(), UserResponseDto.class,
                AuthClient::requireUser);
    }

    /**
     * Signs the user out ({@code POST /signout}, body {@code {}}): the docs say it invalidates the
     * access token used; whether other tokens of the user end too is not documented. Signing out
     * twice leaves the user signed out, so the call is retried on transient failures.
     *
     * <p>Afterwards the token this stack holds is refused. With an API key in the configuration, the
     * next call through the stack gets a 401, exchanges the key for a new token and goes on: signing
     * out does not stop this client. With only a static access token, every later call fails with
     * {@link com.bytenite.sdk.core.errors.AuthenticationException}.
     *
     * @throws com.bytenite.sdk.core.errors.UnexpectedStatusException (HTTP 200) if the answer says {@code "ok": false}
     */
    public void signOut() {
        callForStatus(AuthOperations.SIGN_OUT, () -> api.session().signOutCall(Map.of(), null).request());
    }

    /**
     * Whether ByteNite's web login page may be skipped ({@code GET /skip}) because the session is
     * already signed in, and where it would redirect. Meant for the web login flow.
     */
    public SkipLogin skipLogin() {
        return call(AuthOperations.CHECK_SKIP_LOGIN, () -> api.session().checkSkipLoginCall(null).request(), SkipLoginResponseDto.class,
                r -> new SkipLogin(Boolean.TRUE.equals(r.getSkip()), r.getRedirectTo()));
    }

    /**
     * The Authentication API's server software version ({@code GET /info}); any {@code messages}
     * the server adds (the Customer API sends some; the auth reference shows none) are kept.
     *
     * @throws MalformedResponseException if the version numbers are not integers
     */
    public ServerInfo info() {
        return call(AuthOperations.GET_INFO, () -> api.info().getInfoCall(null).request(), JsonObject.class, ServerInfo::fromJson);
    }

    private static User requireUser(UserResponseDto r) {
        if (r.getUser() == null) {
            // A mapper's exception becomes a MalformedResponseException with the body's excerpt.
            throw new IllegalStateException("the answer has no user");
        }
        return AuthValues.user(r.getUser());
    }

    /**
     * For the calls whose success body is undocumented: any JSON passes unless it is the envelope
     * saying {@code "ok": false}, which the shared stack turns into an exception.
     */
    private void callForStatus(Operation op, RequestSource source) {
        http.executeForStatus(op, source);
    }

    private <T, R> R call(Operation op, RequestSource source, Class<T> type, Function<T, R> mapper) {
        return http.execute(op, source, GeneratedAuthApi.gson(), type, mapper);
    }
}
