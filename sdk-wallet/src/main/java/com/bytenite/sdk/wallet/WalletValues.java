package com.bytenite.sdk.wallet;

import com.bytenite.sdk.core.json.ByteNiteJson;
import com.bytenite.sdk.core.json.LenientNumbers;
import com.bytenite.sdk.wallet.internal.generated.model.BalanceDto;
import com.bytenite.sdk.wallet.internal.generated.model.ExchangeRateDto;
import com.bytenite.sdk.wallet.internal.generated.model.RedeemCouponResponseDto;
import com.bytenite.sdk.wallet.internal.generated.model.RelatedEntityDataDto;
import com.bytenite.sdk.wallet.internal.generated.model.RelatedEntityDto;
import com.bytenite.sdk.wallet.internal.generated.model.TransactionDto;

/** Turns the generated wallet models into the facade's values. */
final class WalletValues {
    private WalletValues() {
    }

    static Balance balance(BalanceDto b) {
        return new Balance(b.getAccountId(), b.getTotalBalance(), b.getAvailableBalance(), b.getAmountDue());
    }

    static ExchangeRate rate(ExchangeRateDto r) {
        return new ExchangeRate(r.getCurrency(), r.getCurrencyAmount(), r.getExchangeRate(), r.getAmount());
    }

    static CouponRedemption redemption(RedeemCouponResponseDto r) {
        return new CouponRedemption(r.getId(), r.getCode(), r.getAmount(),
                LenientNumbers.decimal(r.getAmount(), "wallet.redeemCoupon", "amount"));
    }

    static Transaction transaction(TransactionDto t) {
        RelatedEntityDto e = t.getRelatedEntity();
        RelatedEntityDataDto d = t.getRelatedEntityData();
        Transaction.Related related = e == null && d == null ? null : new Transaction.Related(
                e != null && e.getType() != null ? e.getType() : d == null ? null : d.getType(),
                e != null && e.getId() != null ? e.getId() : d == null ? null : d.getId(),
                e != null && e.getName() != null ? e.getName() : d == null ? null : d.getName(),
                d == null ? null : d.getJobId(), d == null ? null : d.getJobName());
        return new Transaction(t.getId(), ByteNiteJson.parseInstant(t.getCreatedAt(), "transaction.createdAt"), t.getAccountFrom(),
                t.getAccountTo(), t.getAmount(), t.getTransactionType(), related, t.getNotes(), t.getHash(), t.getDescription(), t.getBalance());
    }
}
