package com.bytenite.sdk.auth;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A secret to create: its id (how apps and data sources refer to it), type, optional access key,
 * and the write-only secret key. {@link #toString()} never shows the secret key.
 *
 * <pre>{@code
 * auth.createSecret(NewSecret.builder("my-bucket", SecretType.AWS)
 *         .accessKey("AKIA…").secretKey(System.getenv("AWS_SECRET")).build());
 * }</pre>
 */
public final class NewSecret {
    private final String id;
    private final String name;
    private final SecretType type;
    private final String accessKey;
    private final String secretKey;
    private final Instant expiresAt;
    private final Map<String, String> params;

    private NewSecret(Builder b) {
        this.id = b.id;
        this.name = b.name;
        this.type = b.type;
        this.accessKey = b.accessKey;
        this.secretKey = b.secretKey;
        this.expiresAt = b.expiresAt;
        this.params = Map.copyOf(b.params);
    }

    /**
     * @throws IllegalArgumentException for a blank id
     */
    public static Builder builder(String id, SecretType type) {
        return new Builder(id, type);
    }

    public String id() {
        return id;
    }

    public SecretType type() {
        return type;
    }

    String name() {
        return name;
    }

    String accessKey() {
        return accessKey;
    }

    String secretKey() {
        return secretKey;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    Map<String, String> params() {
        return params;
    }

    @Override
    public String toString() {
        return "NewSecret{id=" + id + ", type=" + type + ", name=" + name + ", secretKey=" + (secretKey == null ? "absent" : "***")
                + ", expiresAt=" + expiresAt + '}';
    }

    /** Builds a {@link NewSecret}. */
    public static final class Builder {
        private final String id;
        private final SecretType type;
        private String name;
        private String accessKey;
        private String secretKey;
        private Instant expiresAt;
        private final Map<String, String> params = new LinkedHashMap<>();

        private Builder(String id, SecretType type) {
            Objects.requireNonNull(id, "id must not be null");
            if (id.isBlank()) {
                throw new IllegalArgumentException("id: expected a non-blank secret id");
            }
            this.id = id;
            this.type = Objects.requireNonNull(type, "type must not be null");
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder accessKey(String accessKey) {
            this.accessKey = accessKey;
            return this;
        }

        /** The write-only secret value; masked in every later log line and error message once sent. */
        public Builder secretKey(String secretKey) {
            this.secretKey = secretKey;
            return this;
        }

        /** When the secret stops being valid; must be in the future when the secret is created. */
        public Builder expiresAt(Instant expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        public Builder param(String key, String value) {
            params.put(Objects.requireNonNull(key, "param key must not be null"), Objects.requireNonNull(value, "param value must not be null"));
            return this;
        }

        public NewSecret build() {
            return new NewSecret(this);
        }
    }
}
