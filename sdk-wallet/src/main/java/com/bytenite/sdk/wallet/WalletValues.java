package com.bytenite.sdk.wallet;

import com.bytenite.sdk.core.json.ByteNiteJson;
import com.bytenite.sdk.wallet.internal.generated.model.RedeemCouponResponse;
import com.bytenite.sdk.wallet.internal.generated.model.RelatedEntity;
import com.bytenite.sdk.wallet.internal.generated.model.RelatedEntityData;
import com.google.gson.JsonParseException;
import java.math.BigDecimal;

/** Turns the generated wallet models into the facade's values. */
final class WalletValues {
    private WalletValues() {
    }

    static Balance balance(com.bytenite.sdk.wallet.internal.generated.model.Balance b) {
        return new Balance(b.getAccountId(), b.getTotalBalance(), b.getAvailableBalance(), b.getAmountDue());
    }

    static ExchangeRate rate(com.bytenite.sdk.wallet.internal.generated.model.ExchangeRate r) {
        return new ExchangeRate(r.getCurrency(), r.getCurrencyAmount(), r.getExchangeRate(), r.getAmount());
    }

    static CouponRedemption redemption(RedeemCouponResponse r) {
        return new CouponRedemption(r.getId(), r.getCode(), decimal(r.getAmount(), "amount"));
    }

    static Transaction transaction(com.bytenite.sdk.wallet.internal.generated.model.Transaction t) {
        RelatedEntity e = t.getRelatedEntity();
        RelatedEntityData d = t.getRelatedEntityData();
        Transaction.Related related = e == null && d == null ? null : new Transaction.Related(
                e != null && e.getType() != null ? e.getType() : d == null ? null : d.getType(),
                e != null && e.getId() != null ? e.getId() : d == null ? null : d.getId(),
                e != null && e.getName() != null ? e.getName() : d == null ? null : d.getName(),
                d == null ? null : d.getJobId(), d == null ? null : d.getJobName());
        return new Transaction(t.getId(), ByteNiteJson.parseInstant(t.getCreatedAt(), "transaction.createdAt"), t.getAccountFrom(),
                t.getAccountTo(), t.getAmount(), t.getTransactionType(), related, t.getNotes(), t.getHash(), t.getDescription(), t.getBalance());
    }

    /** The coupon amount arrives as a string; it is parsed exactly. */
    private static BigDecimal decimal(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new JsonParseException(field + ": expected a decimal number but was '" + text + "'", e);
        }
    }
}
