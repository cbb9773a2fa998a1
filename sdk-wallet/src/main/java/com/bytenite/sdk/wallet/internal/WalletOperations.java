package com.bytenite.sdk.wallet.internal;

import com.bytenite.sdk.core.spi.Operation;

/**
 * The Wallet API's operations and whether each is safe to repeat (the retry table in the README).
 * Names are {@code wallet.<operationId>} from {@code specs/wallet.json}.
 */
public final class WalletOperations {
    public static final Operation GET_BALANCE = Operation.idempotent("wallet.getBalance");
    public static final Operation GET_EXCHANGE_RATE = Operation.idempotent("wallet.getExchangeRate");
    /** Credits the wallet: never replayed once sent. */
    public static final Operation REDEEM_COUPON = Operation.nonIdempotent("wallet.redeemCoupon");
    public static final Operation LIST_TRANSACTIONS = Operation.idempotent("wallet.listTransactions");
    public static final Operation GET_TRANSACTIONS_CSV = Operation.idempotent("wallet.getTransactionsCsv");
    /** A read-only query sent as POST. */
    public static final Operation FILTER_TRANSACTIONS = Operation.idempotent("wallet.filterTransactions");

    private WalletOperations() {
    }
}
