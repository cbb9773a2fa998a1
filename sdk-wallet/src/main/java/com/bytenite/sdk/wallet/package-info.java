/**
 * The Wallet API: balance, transactions, coupons and exchange rates
 * ({@link com.bytenite.sdk.wallet.WalletClient}).
 */
package com.bytenite.sdk.wallet;
