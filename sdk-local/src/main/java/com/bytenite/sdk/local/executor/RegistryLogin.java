package com.bytenite.sdk.local.executor;

import java.util.Objects;

/**
 * The registry credentials of a private image, from its manifest's {@code platform_config}
 * ({@code private_image: true}, {@code username}, {@code token}). Local ByteNite keeps them in memory
 * only, as it keeps secrets: they are never written to its data directory, so after a restart the
 * component must be pushed again before a cluster can pull its image.
 *
 * @param username the registry user
 * @param token the registry password or token; never printed
 */
public record RegistryLogin(String username, String token) {
    /**
     * Checks the values.
     *
     * @param username the registry user
     * @param token the password or token
     * @throws NullPointerException if a value is null
     */
    public RegistryLogin {
        Objects.requireNonNull(username, "username must not be null");
        Objects.requireNonNull(token, "token must not be null");
    }

    /** The user only: the token is a credential. */
    @Override
    public String toString() {
        return "RegistryLogin{username=" + username + ", token=***}";
    }
}
