package com.bytenite.sdk.auth;

import static com.bytenite.sdk.core.http.Arguments.requirePathSegment;

import com.bytenite.sdk.auth.internal.AuthOperations;
import com.bytenite.sdk.auth.internal.generated.model.CreateSecretRequestDto;
import com.bytenite.sdk.auth.internal.generated.model.SecretListDto;
import com.bytenite.sdk.core.ByteNiteService;
import com.bytenite.sdk.core.spi.ServiceContext;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The user's secrets ({@code /v1/auth/secrets}): cloud credentials that apps and data sources
 * receive by name. Secret keys are never read back, and never appear in logs, {@code toString()}
 * or exception messages.
 *
 * <pre>{@code
 * client.auth().secrets().create(NewSecret.builder("my_aws_secret", SecretType.AWS)
 *         .accessKey("AKIAIOSFODNN7EXAMPLE").secretKey(System.getenv("AWS_SECRET_ACCESS_KEY")).build());
 * client.auth().secrets().list(SecretType.AWS).forEach(s -> System.out.println(s.id() + " expires " + s.expiresAt()));
 * }</pre>
 */
public final class SecretsService extends ByteNiteService<SecretsService> {
    private final AuthCalls calls;

    /**
     * Services are made by {@code ByteNiteClient}; this constructor is for SDK modules and tests.
     *
     * @param context the shared HTTP stack and settings the service sends its calls through
     */
    public SecretsService(ServiceContext context) {
        super(context, SecretsService::new);
        this.calls = new AuthCalls(context);
    }

    /**
     * Every secret of the user ({@code GET /secrets}); never their secret keys.
     *
     * @return an immutable list, empty when the server sends none
     */
    public List<Secret> list() {
        return listSecrets(null);
    }

    /**
     * The secrets of one type ({@code GET /secrets?secretType=…}). Whether the server counts
     * {@code s3} secrets as {@code aws} ones (the type's former name) is not documented: to be sure
     * to see both, list {@link #list()} and keep those whose {@link SecretType#isAws()} is true.
     *
     * @param type the type to list, sent as its {@link SecretType#raw() raw} name
     * @return an immutable list, empty when there is none of that type
     * @throws NullPointerException if {@code type} is null
     */
    public List<Secret> list(SecretType type) {
        return listSecrets(Objects.requireNonNull(type, "type must not be null").raw());
    }

    private List<Secret> listSecrets(String type) {
        return calls.call(AuthOperations.LIST_SECRETS, () -> calls.api().secrets().listSecretsCall(type, null).request(), SecretListDto.class,
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
     * {@link #list()} before trying again. What the server answers when the id is already taken
     * (an error, or an overwrite) is not documented, nor is its success body.
     *
     * @param secret the secret to store, secret key included
     * @throws NullPointerException if {@code secret} is null
     * @throws IllegalArgumentException if the secret's expiry is not in the future by the stack's
     *     clock (the message names {@code expiresAt}; nothing is sent)
     * @throws com.bytenite.sdk.core.errors.BadRequestException if the server refuses the secret
     * @throws com.bytenite.sdk.core.errors.UnexpectedStatusException (HTTP 200) if the answer says {@code "ok": false}
     */
    public void create(NewSecret secret) {
        Objects.requireNonNull(secret, "secret must not be null");
        Instant now = context().http().clock().instant();
        secret.expiresAt().filter(at -> !at.isAfter(now)).ifPresent(at -> {
            throw new IllegalArgumentException("expiresAt: expected a time in the future but was " + at + " (now " + now + ")");
        });
        context().http().treatAsSecret(secret.secretKey());
        CreateSecretRequestDto body = new CreateSecretRequestDto().secret(AuthValues.wire(secret)).secretKey(secret.secretKey());
        calls.callForStatus(AuthOperations.CREATE_SECRET, () -> calls.api().secrets().createSecretCall(body, null).request());
    }

    /**
     * Deletes a secret ({@code DELETE /secrets/{secretType}/{id}}). Apps and data sources that name
     * it stop receiving it; jobs already running are not described by the docs. What the server
     * answers for a secret that does not exist (an error or success) is not documented.
     *
     * @param type the secret's type as listed ({@link Secret#type()}): {@code s3} and {@code aws} may not be interchangeable
     * @param id the secret's id
     * @throws NullPointerException if {@code type} or {@code id} is null
     * @throws IllegalArgumentException if {@code id} or the type's name is blank, {@code .} or
     *     {@code ..} (the message names the field; nothing is sent)
     * @throws com.bytenite.sdk.core.errors.NotFoundException if the server reports no such secret
     * @throws com.bytenite.sdk.core.errors.UnexpectedStatusException (HTTP 200) if the answer says {@code "ok": false}
     */
    public void delete(SecretType type, String id) {
        String secretType = requirePathSegment("secretType", Objects.requireNonNull(type, "type must not be null").raw());
        String secretId = requirePathSegment("id", id);
        calls.callForStatus(AuthOperations.DELETE_SECRET, () -> calls.api().secrets().deleteSecretCall(secretType, secretId, null).request());
    }

    /**
     * Deletes a secret as listed by {@link #list()}, by its type and id.
     *
     * @param secret a secret as {@link #list()} returned it
     * @throws NullPointerException if {@code secret} is null
     * @throws IllegalArgumentException if the listed secret has no id or no type (nothing is sent)
     * @see #delete(SecretType, String)
     */
    public void delete(Secret secret) {
        Objects.requireNonNull(secret, "secret must not be null");
        if (secret.type() == null || secret.id() == null) {
            throw new IllegalArgumentException("secret: the listed secret has no " + (secret.id() == null ? "id" : "secretType")
                    + "; delete it with delete(SecretType, String)");
        }
        delete(secret.type(), secret.id());
    }
}
