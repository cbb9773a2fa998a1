package com.bytenite.sdk.auth;

import com.bytenite.sdk.core.OpenEnum;
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
public final class UserRole extends OpenEnum {
    /** No particular role: an ordinary user. */
    public static final UserRole NONE = new UserRole("ROLE_NONE");
    /** An administrator. */
    public static final UserRole ADMIN = new UserRole("ROLE_ADMIN");

    private static final List<UserRole> KNOWN = List.of(NONE, ADMIN);

    private UserRole(String raw) {
        super(raw);
    }

    /**
     * The role for a wire value; the documented values give the constants, anything else is kept as sent.
     *
     * @param raw the role as the server sends it, such as {@code ROLE_ADMIN}; matched exactly, case included
     * @return the matching constant, or a new role carrying {@code raw} unchanged
     * @throws NullPointerException if {@code raw} is null
     */
    public static UserRole of(String raw) {
        Objects.requireNonNull(raw, "role must not be null");
        UserRole known = find(KNOWN, raw::equals);
        return known != null ? known : new UserRole(raw);
    }

    /**
     * Whether this is one of the documented roles.
     *
     * @return true for {@code ROLE_NONE} and {@code ROLE_ADMIN}
     */
    public boolean isKnown() {
        return KNOWN.contains(this);
    }
}
