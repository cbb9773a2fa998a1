package com.bytenite.sdk.auth;

import com.bytenite.sdk.core.OpenEnum;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The provider a secret is for, as the server names it ({@code secretType}). The documented types
 * are constants; any other name is kept exactly as given or received ({@link #of(String)}), because
 * ByteNite adds types over time and the full list is not published.
 *
 * <p>{@code aws} was called {@code s3} until October 2025 and the reference's examples still send
 * {@code s3}; secrets stored under either name may exist. Whether the server treats the two names
 * as one type (when filtering or deleting) is not documented, so the SDK keeps them apart;
 * {@link #isAws()} covers both.
 */
public final class SecretType extends OpenEnum {
    /** Amazon S3 credentials (an access key id and its secret access key). */
    public static final SecretType AWS = new SecretType("aws");
    /** The name {@link #AWS} had until October 2025; existing secrets may still carry it. */
    public static final SecretType S3 = new SecretType("s3");
    /** Google Cloud Storage HMAC credentials (an access id and its secret). */
    public static final SecretType GCP = new SecretType("gcp");
    /** Storj S3-compatible credentials (an access key and its secret key). */
    public static final SecretType STORJ = new SecretType("storj");
    /** Anything else, such as an app's API token (October 2025); apps may see it as a single value. */
    public static final SecretType OTHER = new SecretType("other");

    private static final List<SecretType> KNOWN = List.of(AWS, S3, GCP, STORJ, OTHER);

    private SecretType(String name) {
        super(name);
    }

    /**
     * The type for a wire name. The documented names match without regard to case or surrounding
     * spaces and give the constants (so {@code "AWS"} is sent as {@code aws}); any other name is
     * kept exactly as given.
     *
     * @param name the type's name, such as {@code aws}
     * @return the matching constant, or a new type carrying {@code name} unchanged
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank (the message names {@code secretType})
     */
    public static SecretType of(String name) {
        Objects.requireNonNull(name, "secretType must not be null");
        String normalised = name.trim().toLowerCase(Locale.ROOT);
        if (normalised.isEmpty()) {
            throw new IllegalArgumentException("secretType: expected a type such as aws, gcp, storj or other");
        }
        SecretType known = find(KNOWN, normalised::equals);
        return known != null ? known : new SecretType(name);
    }

    /**
     * Whether this is one of the documented types.
     *
     * @return true for the five documented names; false for a name kept raw
     */
    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    /**
     * Whether this is an AWS type under either of its names.
     *
     * @return true for {@link #AWS} and its former name {@link #S3}
     */
    public boolean isAws() {
        return this.equals(AWS) || this.equals(S3);
    }
}
