package com.bytenite.sdk.auth;

import java.util.Locale;
import java.util.Objects;

/**
 * The kind of a secret, as the server names it. The known ones are constants; any other string the
 * server uses is kept as sent ({@link #of(String)}), since ByteNite adds types over time.
 */
public final class SecretType {
    /** Amazon S3 (and S3-compatible) credentials. */
    public static final SecretType AWS = new SecretType("aws");
    /** The older name of {@link #AWS}; existing secrets may still carry it. */
    public static final SecretType S3 = new SecretType("s3");
    public static final SecretType GCP = new SecretType("gcp");
    public static final SecretType STORJ = new SecretType("storj");
    /** Anything else, such as an API token for an app (Oct 2025). */
    public static final SecretType OTHER = new SecretType("other");

    private final String name;

    private SecretType(String name) {
        this.name = name;
    }

    /**
     * The type for a wire name; known names are matched without regard to case.
     *
     * @throws IllegalArgumentException for a blank name
     */
    public static SecretType of(String name) {
        Objects.requireNonNull(name, "secretType must not be null");
        String n = name.trim();
        if (n.isEmpty()) {
            throw new IllegalArgumentException("secretType: expected a type such as aws, gcp, storj or other");
        }
        for (SecretType known : new SecretType[] {AWS, S3, GCP, STORJ, OTHER}) {
            if (known.name.equals(n.toLowerCase(Locale.ROOT))) {
                return known;
            }
        }
        return new SecretType(n);
    }

    /** The name as sent on the wire. */
    public String name() {
        return name;
    }

    /** True for the five names this SDK knows. */
    public boolean isKnown() {
        return this == AWS || this == S3 || this == GCP || this == STORJ || this == OTHER;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SecretType t && t.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
