package com.bytenite.sdk.wallet;

import java.math.BigDecimal;

/**
 * What an amount of a currency is worth in credits.
 *
 * @param currencyAmount the amount of {@code currency} asked about
 * @param exchangeRate credits per unit of {@code currency}, as the server computes it
 * @param amount the credits {@code currencyAmount} buys
 */
public record ExchangeRate(String currency, BigDecimal currencyAmount, BigDecimal exchangeRate, BigDecimal amount) {
}
