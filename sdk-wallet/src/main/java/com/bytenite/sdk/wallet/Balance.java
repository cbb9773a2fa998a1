package com.bytenite.sdk.wallet;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The wallet's balance, in ByteNite credits, exactly as the server sent it.
 *
 * @param accountId the wallet account's id, which transactions name in {@code accountFrom} / {@code accountTo};
 *     may be null when the server leaves it out
 * @param totalBalance credits in the wallet
 * @param availableBalance credits that can be spent now (the docs do not say what is held back)
 * @param amountDue credits owed
 */
public record Balance(String accountId, BigDecimal totalBalance, BigDecimal availableBalance, BigDecimal amountDue) {
    /**
     * The wallet account's id, empty when the server did not send one.
     *
     * @return the account id as the server sent it
     */
    public Optional<String> account() {
        return Optional.ofNullable(accountId);
    }
}
