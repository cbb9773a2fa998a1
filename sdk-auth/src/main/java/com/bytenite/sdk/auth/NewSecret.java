package com.bytenite.sdk.auth;

import static com.bytenite.sdk.core.http.Arguments.requirePathSegment;
import static com.bytenite.sdk.core.http.Arguments.requireText;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A secret to store with {@link SecretsService#create(NewSecret)}: its id, type, optional name,
 * access key, expiry and parameters, and the write-only secret key.
 *
 * <pre>{@code
 * auth.secrets().create(NewSecret.builder("my_aws_secret", SecretType.AWS)
 *         .name("My AWS Full Bucket Access")
 *         .accessKey("AKIAIOSFODNN7EXAMPLE")
 *         .secretKey(System.getenv("AWS_SECRET_ACCESS_KEY"))
 *         .build());
 * }</pre>
 *
 * <p><b>The secret key.</b> It is held here only until it is sent; no accessor returns it, and
 * {@link #toString()} shows only whether one is set. When {@link SecretsService#create(NewSecret)} sends it, the SDK
 * registers it with the HTTP stack's redactor, so it is masked in every later log line and
 * exception message of that stack, even when the server echoes it back in free text. The key is a
 * {@code String}, not a {@code char[]}: the JSON body and the redactor need it as a string anyway,
 * so a {@code char[]} would be copied into an immutable string and could not be wiped, a promise
 * this type would not keep. Values shorter than 4 characters are too short to mask in free text
 * (masking them would shred every message); real provider keys are far longer.
 *
 * <p>Immutable and thread-safe.
 */
public final class NewSecret {
    private final String id;
    private final SecretType type;
    private final String name;
    private final String accessKey;
    private final String secretKey;
    private final Instant expiresAt;
    private final Map<String, String> params;

    private NewSecret(Builder b) {
        this.id = b.id;
        this.type = b.type;
        this.name = b.name;
        this.accessKey = b.accessKey;
        this.secretKey = b.secretKey;
        this.expiresAt = b.expiresAt;
        this.params = Map.copyOf(b.params);
    }

    /**
     * Starts a secret with the id data sources and apps will refer to it by, and its provider.
     *
     * <p>The id is chosen by the user and must be unique for the user; what happens when it is
     * already taken (an error or an overwrite) is not documented. The docs' ids use letters, digits
     * and underscores ({@code my_aws_secret}), which also make valid environment variable names
     * ({@code MY_AWS_SECRET_ACCESS_KEY}); other characters are sent as given.
     *
     * @param id the secret's id, unique for the user
     * @param type the provider the credential is for
     * @return a new builder; its secret key must be set before {@link Builder#build()}
     * @throws NullPointerException if {@code id} or {@code type} is null (the message names the field)
     * @throws IllegalArgumentException if {@code id} is blank, {@code .} or {@code ..} (such a secret
     *     could not be deleted through its URL); the message names {@code id}
     */
    public static Builder builder(String id, SecretType type) {
        return new Builder(id, type);
    }

    /**
     * The id chosen for the secret.
     *
     * @return the id, never null
     */
    public String id() {
        return id;
    }

    /**
     * The provider the credential is for.
     *
     * @return the type, never null
     */
    public SecretType type() {
        return type;
    }

    /**
     * The display name, if one was set.
     *
     * @return the name, empty when not set
     */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /**
     * The access key (the public half of the credential), if one was set.
     *
     * @return the access key, empty when not set
     */
    public Optional<String> accessKey() {
        return Optional.ofNullable(accessKey);
    }

    /**
     * When the secret is to expire, if set.
     *
     * @return the expiry, empty when not set
     */
    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    /**
     * Provider-specific parameters, in the order they were added.
     *
     * @return an immutable map, empty when none was added
     */
    public Map<String, String> params() {
        return params;
    }

    /** Package-private on purpose: only {@link SecretsService} reads it, to send it. */
    String secretKey() {
        return secretKey;
    }

    /** Shows everything but the secret key's value (and the access key, which the SDK's logs mask too). */
    @Override
    public String toString() {
        return "NewSecret{id=" + id + ", type=" + type + ", name=" + name + ", accessKey=" + (accessKey == null ? "absent" : "present")
                + ", secretKey=[REDACTED], expiresAt=" + expiresAt + ", params=" + params.keySet() + '}';
    }

    /** Builds a {@link NewSecret}; every setter checks its argument at once, naming the field. */
    public static final class Builder {
        private final String id;
        private final SecretType type;
        private String name;
        private String accessKey;
        private String secretKey;
        private Instant expiresAt;
        private final Map<String, String> params = new LinkedHashMap<>();

        private Builder(String id, SecretType type) {
            this.id = requirePathSegment("id", id);
            this.type = Objects.requireNonNull(type, "type must not be null");
        }

        /**
         * The display name.
         *
         * @param name the name shown for the secret
         * @return this builder
         * @throws NullPointerException if null
         * @throws IllegalArgumentException if blank
         */
        public Builder name(String name) {
            this.name = requireText("name", name);
            return this;
        }

        /**
         * The provider's access key: an AWS access key id, a GCP HMAC access id, a Storj access key.
         *
         * @param accessKey the public half of the credential
         * @return this builder
         * @throws NullPointerException if null
         * @throws IllegalArgumentException if blank
         */
        public Builder accessKey(String accessKey) {
            this.accessKey = requireText("accessKey", accessKey);
            return this;
        }

        /**
         * The write-only secret half of the credential (for a single-value {@link SecretType#OTHER}
         * secret, presumably the value itself: the docs do not say which field carries it). Required.
         *
         * @param secretKey the secret half of the credential; never returned by any accessor
         * @return this builder
         * @throws NullPointerException if null, for example an unset environment variable
         * @throws IllegalArgumentException if blank; the message names {@code secretKey} and never
         *     contains the value
         */
        public Builder secretKey(String secretKey) {
            this.secretKey = requireText("secretKey", secretKey);
            return this;
        }

        /**
         * When the secret stops being valid. Must be in the future when {@link SecretsService#create(NewSecret)}
         * sends it (checked against the HTTP stack's clock); what the server does with an expired secret
         * is not documented.
         *
         * @param expiresAt when the secret expires
         * @return this builder
         * @throws NullPointerException if null
         */
        public Builder expiresAt(Instant expiresAt) {
            this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt must not be null");
            return this;
        }

        /**
         * Adds a provider-specific parameter. No keys are documented (the reference shows only a
         * placeholder); they are sent as given.
         *
         * @param key the parameter's name
         * @param value the parameter's value
         * @return this builder
         * @throws IllegalArgumentException if {@code key} is blank
         * @throws NullPointerException if {@code key} or {@code value} is null
         */
        public Builder param(String key, String value) {
            requireText("params key", key);
            params.put(key, Objects.requireNonNull(value, "params." + key + " must not be null"));
            return this;
        }

        /**
         * Builds the secret from the values set so far.
         *
         * @return a new, immutable secret
         * @throws IllegalStateException if no secret key was set (the message names {@code secretKey})
         */
        public NewSecret build() {
            if (secretKey == null) {
                throw new IllegalStateException("secretKey: required; every secret stores a secret key (set it with secretKey(...))");
            }
            return new NewSecret(this);
        }
    }
}
