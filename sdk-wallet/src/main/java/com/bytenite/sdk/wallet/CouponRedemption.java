package com.bytenite.sdk.wallet;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** A redeemed coupon: the credit's id, the code, and the credits added. */
public final class CouponRedemption {
    private final String id;
    private final String code;
    private final String rawAmount;
    private final BigDecimal amount;

    CouponRedemption(String id, String code, String rawAmount, BigDecimal amount) {
        this.id = id;
        this.code = code;
        this.rawAmount = rawAmount;
        this.amount = amount;
    }

    /**
     * The redemption's id as the server sent it; the docs do not say whether it names the redemption
     * or the coupon.
     *
     * @return the id, or null when the server sent none
     */
    public String id() {
        return id;
    }

    /**
     * The redeemed coupon code, as the server echoed it.
     *
     * @return the code, or null when the server sent none
     */
    public String code() {
        return code;
    }

    /**
     * The credits added, exactly; empty when the server sent none or something that is not a
     * number (the coupon was still redeemed: see {@link #rawAmount()}).
     *
     * @return the credits added, if the server sent a number
     */
    public Optional<BigDecimal> amount() {
        return Optional.ofNullable(amount);
    }

    /**
     * The amount exactly as the server sent it (the reference types it as a string).
     *
     * @return the raw amount, empty when the server sent none
     */
    public Optional<String> rawAmount() {
        return Optional.ofNullable(rawAmount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CouponRedemption c && Objects.equals(id, c.id) && Objects.equals(code, c.code)
                && Objects.equals(rawAmount, c.rawAmount);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, code, rawAmount);
    }

    @Override
    public String toString() {
        return "CouponRedemption{id=" + id + ", code=" + code + ", amount=" + rawAmount + '}';
    }
}
