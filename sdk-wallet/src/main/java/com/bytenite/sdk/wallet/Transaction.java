package com.bytenite.sdk.wallet;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * One movement of credits. Amounts are exact ({@link BigDecimal}); the docs do not say whether a
 * debit's amount is negative or positive with the direction given by the accounts, so both are kept
 * as sent.
 *
 * @param transactionType as sent, such as {@code payment}; the list of types is not documented
 * @param related what the transaction is about (a job, a coupon…), when the server says
 * @param balance the wallet's balance after the transaction, when the server sends it
 */
public record Transaction(String id, Instant createdAt, String accountFrom, String accountTo, BigDecimal amount,
        String transactionType, Related related, String notes, String hash, String description, BigDecimal balance) {

    /** The entity a transaction relates to; job fields are set for job payments. */
    public record Related(String type, String id, String name, String jobId, String jobName) {
    }

    /**
     * What the transaction is about, empty when the server sent neither entity nor entity data.
     *
     * @return the related entity
     */
    public Optional<Related> relatedEntity() {
        return Optional.ofNullable(related);
    }

    /**
     * The wallet's balance after this transaction, empty when the server did not send it.
     *
     * @return the balance after the transaction, in credits
     */
    public Optional<BigDecimal> balanceAfter() {
        return Optional.ofNullable(balance);
    }
}
