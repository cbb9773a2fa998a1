package com.bytenite.sdk.auth;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A stored secret as {@link SecretsService#list()} lists it. The secret key is write-only: it is sent
 * once in {@link NewSecret}, the server never returns it, and this type has no field for it.
 *
 * <p>Any field the server leaves out is null ({@code params} is then empty). Data sources refer to a
 * secret by {@link #id()} ({@code params.secret_id}); apps and engines that list the id in
 * {@code platform_config.secrets} receive it as the environment variables
 * {@code <ID>_ACCESS_KEY} and {@code <ID>_SECRET_KEY} (or {@code <ID>} for a single-value secret).
 *
 * @param id the id the user chose, unique for the user
 * @param name the display name, or null
 * @param type the provider; a type the SDK does not know keeps its raw name (null only if the server sent none)
 * @param accessKey the public half of the credential (an AWS access key id, a GCP HMAC access id), or null
 * @param expiresAt when the secret expires, or null when it does not say; see also {@link #expiry()}
 * @param params provider-specific extra values; no keys are documented, so they are passed through as sent
 */
public record Secret(String id, String name, SecretType type, String accessKey, Instant expiresAt, Map<String, String> params) {
    /**
     * Copies {@code params}; a null map becomes empty.
     *
     * @param id the id the user chose, or null
     * @param name the display name, or null
     * @param type the provider, or null
     * @param accessKey the public half of the credential, or null
     * @param expiresAt when the secret expires, or null
     * @param params provider-specific extra values, or null for none; copied (a null key or value throws
     *     {@code NullPointerException})
     */
    public Secret {
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    /**
     * {@link #expiresAt()} when the server sent one.
     *
     * @return the expiry, empty when there is none
     */
    public Optional<Instant> expiry() {
        return Optional.ofNullable(expiresAt);
    }

    /**
     * Whether the secret has an expiry that {@code now} has reached.
     *
     * @param now the instant to compare with, such as {@code Instant.now()}
     * @return true if the expiry is at or before {@code now}; false for a secret without one
     */
    public boolean isExpiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    /**
     * Shows the id, name, type, expiry and parameter names; not the access key, which the SDK's logs
     * also mask, nor the parameter values, whose meaning is undocumented.
     */
    @Override
    public String toString() {
        return "Secret{id=" + id + ", name=" + name + ", type=" + type + ", accessKey=" + (accessKey == null ? "absent" : "present")
                + ", expiresAt=" + expiresAt + ", params=" + params.keySet() + '}';
    }
}
