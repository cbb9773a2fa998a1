package com.bytenite.sdk.auth;

import java.util.List;
import java.util.Objects;

/**
 * A user's role ({@code User.role}). The reference lists {@code ROLE_NONE} and {@code ROLE_ADMIN};
 * the full list is not published, so any other value is kept exactly as the server sent it
 * ({@link #of(String)}) and reported as not {@link #isKnown() known}.
 *
 * <p>Not to be confused with the {@code role} custom claim ({@link User#customClaims()}), which the
 * docs' example writes in lowercase ({@code "admin"}).
 */
public final class UserRole {
    /** No particular role: an ordinary user. */
    public static final UserRole NONE = new UserRole("ROLE_NONE");
    /** An administrator. */
    public static final UserRole ADMIN = new UserRole("ROLE_ADMIN");

    private static final List<UserRole> KNOWN = List.of(NONE, ADMIN);

    private final String raw;

    private UserRole(String raw) {
        this.raw = raw;
    }

    /**
     * The role for a wire value; the documented values give the constants, anything else is kept as sent.
     *
     * @throws NullPointerException if {@code raw} is null
     */
    public static UserRole of(String raw) {
        Objects.requireNonNull(raw, "role must not be null");
        for (UserRole known : KNOWN) {
            if (known.raw.equals(raw)) {
                return known;
            }
        }
        return new UserRole(raw);
    }

    /** The value exactly as the server sent it. */
    public String raw() {
        return raw;
    }

    /** True for {@code ROLE_NONE} and {@code ROLE_ADMIN}. */
    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    /** Equal when the raw values are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof UserRole r && r.raw.equals(raw);
    }

    @Override
    public int hashCode() {
        return raw.hashCode();
    }

    /** The raw value. */
    @Override
    public String toString() {
        return raw;
    }
}
