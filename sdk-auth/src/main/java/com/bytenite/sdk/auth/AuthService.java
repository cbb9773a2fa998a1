package com.bytenite.sdk.auth;

import com.bytenite.sdk.auth.internal.AuthOperations;
import com.bytenite.sdk.auth.internal.generated.model.SkipLoginResponseDto;
import com.bytenite.sdk.core.ByteNiteService;
import com.bytenite.sdk.core.ServerInfo;
import com.bytenite.sdk.core.errors.MalformedResponseException;
import com.bytenite.sdk.core.http.AccessTokenGrant;
import com.bytenite.sdk.core.spi.ServiceContext;
import com.google.gson.JsonObject;
import java.util.Map;

/**
 * The Authentication API ({@code /v1/auth}): access tokens, API keys, secrets, the user, the
 * session. One method per documented operation; every method checks its arguments before sending
 * anything, with a message naming the field.
 *
 * <pre>{@code
 * try (ByteNiteClient client = ByteNiteClient.fromEnv()) {
 *     AuthService auth = client.auth();
 *     auth.secrets().create(NewSecret.builder("my_aws_secret", SecretType.AWS)
 *             .accessKey("AKIAIOSFODNN7EXAMPLE").secretKey(System.getenv("AWS_SECRET_ACCESS_KEY")).build());
 *     auth.secrets().list(SecretType.AWS).forEach(s -> System.out.println(s.id() + " expires " + s.expiresAt()));
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
 * <p>Thread-safe and immutable.
 */
public final class AuthService extends ByteNiteService<AuthService> {
    private final AuthCalls calls;

    /**
     * Services are made by {@code ByteNiteClient}; this constructor is for SDK modules and tests.
     *
     * @param context the shared HTTP stack and settings the service sends its calls through
     */
    public AuthService(ServiceContext context) {
        super(context, AuthService::new);
        this.calls = new AuthCalls(context);
    }

    /**
     * API keys: list and revoke, with this view's options.
     *
     * @return the API keys service, sharing this service's stack and options
     */
    public ApiKeysService apiKeys() {
        return new ApiKeysService(context());
    }

    /**
     * Secrets: list, create, delete, with this view's options.
     *
     * @return the secrets service, sharing this service's stack and options
     */
    public SecretsService secrets() {
        return new SecretsService(context());
    }

    /**
     * The signed-in user: read and update, with this view's options.
     *
     * @return the user service, sharing this service's stack and options
     */
    public UserService user() {
        return new UserService(context());
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
     * @param apiKey the API key to exchange; masked in later logs and messages
     * @return the new token with its expiry and scope
     * @throws NullPointerException if {@code apiKey} is null
     * @throws IllegalArgumentException if {@code apiKey} is blank (nothing is sent)
     * @throws com.bytenite.sdk.core.errors.AuthenticationException if the server refuses the key (401)
     * @throws MalformedResponseException if the answer carries no token
     */
    public AccessTokenGrant exchangeApiKey(String apiKey) {
        return context().http().exchangeApiKey(apiKey);
    }

    /**
     * Like {@link #exchangeApiKey(String)} with the API key this client was configured with. The
     * token is a new one, distinct from the one the SDK's own calls use.
     *
     * @return the new token with its expiry and scope
     * @throws IllegalStateException if the configuration has an access token but no API key
     */
    public AccessTokenGrant exchangeApiKey() {
        String key = context().http().config().apiKey().orElseThrow(() -> new IllegalStateException(
                "apiKey: this client was configured with an access token only; pass an API key to exchangeApiKey(String)"));
        return exchangeApiKey(key);
    }

    /**
     * The token the SDK's own calls send now, exchanged or renewed first if it is about to expire.
     * Treat it as a credential. With a static access token in the configuration, that token is
     * returned as is (its expiry is unknown).
     *
     * @return the current access token; a credential
     * @throws com.bytenite.sdk.core.errors.ByteNiteException if a needed exchange fails
     */
    public String currentAccessToken() {
        return context().http().accessToken();
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
        calls.callForStatus(AuthOperations.SIGN_OUT, () -> calls.api().session().signOutCall(Map.of(), null).request());
    }

    /**
     * Whether ByteNite's web login page may be skipped ({@code GET /skip}) because the session is
     * already signed in, and where it would redirect. Meant for the web login flow.
     *
     * @return the server's answer; what decides it for an API-key token is not documented
     */
    public SkipLogin skipLogin() {
        return calls.call(AuthOperations.CHECK_SKIP_LOGIN, () -> calls.api().session().checkSkipLoginCall(null).request(), SkipLoginResponseDto.class,
                r -> new SkipLogin(Boolean.TRUE.equals(r.getSkip()), r.getRedirectTo()));
    }

    /**
     * The Authentication API's server software version ({@code GET /info}); any {@code messages}
     * the server adds (the Customer API sends some; the auth reference shows none) are kept.
     *
     * @return the version and any messages the server sent
     * @throws MalformedResponseException if the version numbers are not integers
     */
    public ServerInfo info() {
        return calls.call(AuthOperations.GET_INFO, () -> calls.api().info().getInfoCall(null).request(), JsonObject.class, ServerInfo::fromJson);
    }
}
