package com.bytenite.sdk.runtime;

import java.util.Optional;

/**
 * A secret the platform put in the environment: an access key and secret key pair
 * ({@code <ID>_ACCESS_KEY}, {@code <ID>_SECRET_KEY}) or a single value ({@code <ID>}).
 * {@link #toString()} never shows a value.
 */
public final class Secret {
    private final String id;
    private final String accessKey;
    private final String secretKey;
    private final String value;

    private Secret(String id, String accessKey, String secretKey, String value) {
        this.id = id;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.value = value;
    }

    /**
     * Looks up {@code id} as the platform names its variables (upper case, non-alphanumerics as {@code _}).
     *
     * @throws ComponentException naming the variables it looked for when none is set
     */
    static Secret lookUp(Environment env, String id) {
        String prefix = id.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
        Optional<String> access = env.optional(prefix + "_ACCESS_KEY");
        Optional<String> secret = env.optional(prefix + "_SECRET_KEY");
        Optional<String> single = env.optional(prefix);
        if (access.isEmpty() && secret.isEmpty() && single.isEmpty()) {
            throw new ComponentException("secret " + id + " is not in the environment: looked for " + prefix + "_ACCESS_KEY, " + prefix
                    + "_SECRET_KEY and " + prefix + " (is it listed in the manifest's platform_config.secrets?)");
        }
        return new Secret(id, access.orElse(null), secret.orElse(null), single.orElse(null));
    }

    /**
     * The secret's id, as asked for.
     *
     * @return the id given to {@code secret(id)}
     */
    public String id() {
        return id;
    }

    /**
     * The access key of a key-pair secret ({@code <ID>_ACCESS_KEY}).
     *
     * @return the access key, or empty when that variable is unset or blank
     */
    public Optional<String> accessKey() {
        return Optional.ofNullable(accessKey);
    }

    /**
     * The secret key of a key-pair secret ({@code <ID>_SECRET_KEY}).
     *
     * @return the secret key, or empty when that variable is unset or blank
     */
    public Optional<String> secretKey() {
        return Optional.ofNullable(secretKey);
    }

    /**
     * The single value of a one-value secret ({@code <ID>}).
     *
     * @return the value, or empty when that variable is unset or blank
     */
    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    @Override
    public String toString() {
        return "Secret{id=" + id + ", accessKey=" + (accessKey == null ? "absent" : "***") + ", secretKey="
                + (secretKey == null ? "absent" : "***") + ", value=" + (value == null ? "absent" : "***") + '}';
    }
}
