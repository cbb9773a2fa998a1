package com.bytenite.sdk.core.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An access token freshly exchanged for an API key ({@link ByteNiteHttp#exchangeApiKey(String)},
 * {@code AuthService.exchangeApiKey}), for callers who need the raw token elsewhere (another HTTP
 * client, a browser session, a shell).
 * {@link #toString()} never shows the token; {@link #token()} is the only way to read it.
 *
 * <p>Send it in the {@code Authorization} header of every call but the exchange. The docs' code
 * examples send it bare, one Postman tip prefixes {@code Bearer }; which forms the server accepts
 * besides the bare token is not documented.
 *
 * @param token the access token; a credential: keep it out of logs
 * @param expiresAt when the token stops working: the client's clock when the answer arrived plus
 *     {@link #expiresIn()}. The server may end it earlier (sign-out, a revoked API key).
 * @param expiresIn the lifetime the server announced ({@code expiresIn}, one hour by default). When
 *     the answer has no usable value, the documented default of one hour is assumed, the same rule
 *     the SDK's own token renewal applies.
 * @param scope the scope the server reports, or null when absent; the docs show only the
 *     placeholder {@code "text"}, so the possible values are unknown
 */
public record AccessTokenGrant(String token, Instant expiresAt, Duration expiresIn, String scope) {
    /**
     * Checks that the token and its expiry are present.
     *
     * @param token the access token
     * @param expiresAt when the token stops working
     * @param expiresIn the lifetime the server announced
     * @param scope the scope the server reports, or null
     * @throws NullPointerException if {@code token}, {@code expiresAt} or {@code expiresIn} is null
     */
    public AccessTokenGrant {
        Objects.requireNonNull(token, "token must not be null");
        Objects.requireNonNull(expiresAt, "expiresAt must not be null");
        Objects.requireNonNull(expiresIn, "expiresIn must not be null");
    }

    /**
     * Whether {@code clock} has reached {@link #expiresAt()}.
     *
     * @param clock the clock to read, such as {@code Clock.systemUTC()}
     * @return true once the clock's instant is at or after the expiry
     */
    public boolean isExpired(Clock clock) {
        return !clock.instant().isBefore(expiresAt);
    }

    /** Shows the expiry and scope, never the token. */
    @Override
    public String toString() {
        return "AccessTokenGrant{token=[REDACTED], expiresAt=" + expiresAt + ", expiresIn=" + expiresIn + ", scope=" + scope + '}';
    }
}
