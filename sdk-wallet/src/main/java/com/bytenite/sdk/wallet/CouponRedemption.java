package com.bytenite.sdk.wallet;

import java.math.BigDecimal;

/** A redeemed coupon: the credit's id, the code, and the credits added. */
public record CouponRedemption(String id, String code, BigDecimal amount) {
}
