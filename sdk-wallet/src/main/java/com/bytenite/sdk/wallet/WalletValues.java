package com.bytenite.sdk.wallet;

import com.bytenite.sdk.core.json.ByteNiteJson;
import com.bytenite.sdk.core.json.LenientNumbers;
import com.bytenite.sdk.wallet.internal.generated.model.RedeemCouponResponse;
import com.bytenite.sdk.wallet.internal.generated.model.RelatedEntity;
import com.bytenite.sdk.wallet.internal.generated.model.RelatedEntityData;

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
        return new CouponRedemption(r.getId(), r.getCode(), r.getAmount(),
                LenientNumbers.decimal(r.getAmount(), "wallet.redeemCoupon", "amount"));
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
}
