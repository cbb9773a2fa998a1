/**
 * The Wallet API: balance, transactions, coupons and exchange rates
 * ({@link com.bytenite.sdk.wallet.WalletService}).
 */
package com.bytenite.sdk.wallet;
