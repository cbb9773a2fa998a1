package com.bytenite.sdk.local.internal.wallet;

import com.bytenite.sdk.local.internal.server.ApiException;
import com.bytenite.sdk.local.internal.server.ApiRequest;
import com.bytenite.sdk.local.internal.server.ApiResponse;
import com.bytenite.sdk.local.internal.server.Bodies;
import com.bytenite.sdk.local.internal.server.PageWindow;
import com.bytenite.sdk.local.internal.server.Router;
import com.bytenite.sdk.local.internal.server.RowFilter;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;

/** The Wallet API over the {@link Ledger}: balance, transactions (paged, filtered, CSV), rate, coupons. */
public final class WalletRoutes {
    private static final String BASE = "/v1/wallet";
    /** Local credits are priced one to one in any currency. */
    private static final BigDecimal RATE = BigDecimal.ONE;

    private final Ledger ledger;

    public WalletRoutes(Ledger ledger) {
        this.ledger = ledger;
    }

    public void register(Router router) {
        router.add("GET", BASE + "/balance", this::balance)
                .add("GET", BASE + "/transactions", r -> ApiResponse.json(PageWindow.page(r, ledger.entries(r.principal()), Ledger::json)))
                .add("POST", BASE + "/transactions/filter", this::filter)
                .add("GET", BASE + "/transactions/csv", this::csv)
                .add("GET", BASE + "/exchange_rate", this::exchangeRate)
                .add("POST", BASE + "/redeem_coupon", this::redeem);
    }

    private ApiResponse balance(ApiRequest r) {
        BigDecimal balance = ledger.balance(r.principal());
        JsonObject o = new JsonObject();
        o.addProperty("accountId", r.principal());
        o.addProperty("totalBalance", balance);
        o.addProperty("availableBalance", balance);
        o.addProperty("amountDue", BigDecimal.ZERO);
        return ApiResponse.json(o);
    }

    private ApiResponse filter(ApiRequest r) throws IOException {
        return ApiResponse.json(RowFilter.apply(r.jsonObject(), ledger.entries(r.principal()).stream().map(Ledger::json).toList()));
    }

    private ApiResponse csv(ApiRequest r) {
        StringBuilder csv = new StringBuilder("id,createdAt,transactionType,amount,relatedType,relatedId\n");
        for (Ledger.Entry e : ledger.entries(r.principal())) {
            csv.append(e.id()).append(',').append(e.createdAt()).append(',').append(e.type()).append(',')
                    .append(e.amount().toPlainString()).append(',').append(e.relatedType()).append(',').append(e.relatedId()).append('\n');
        }
        JsonObject o = new JsonObject();
        o.addProperty("csv", csv.toString());
        return ApiResponse.json(o);
    }

    private ApiResponse exchangeRate(ApiRequest r) {
        String currency = r.query("currency") == null ? "USD" : r.query("currency");
        BigDecimal amount;
        try {
            amount = r.query("currencyAmount") == null ? BigDecimal.ONE : new BigDecimal(r.query("currencyAmount"));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("currencyAmount must be a number, was '" + r.query("currencyAmount") + "'");
        }
        JsonObject o = new JsonObject();
        o.addProperty("currency", currency);
        o.addProperty("currencyAmount", amount);
        o.addProperty("exchangeRate", RATE);
        o.addProperty("amount", amount.multiply(RATE));
        return ApiResponse.json(o);
    }

    private ApiResponse redeem(ApiRequest r) throws IOException {
        String code = Bodies.requiredString(r.jsonObject(), "couponCode");
        Ledger.Entry credit;
        try {
            credit = ledger.redeem(r.principal(), code);
        } catch (IllegalStateException e) {
            throw ApiException.failedPrecondition(e.getMessage());
        }
        if (credit == null) {
            throw ApiException.notFound("coupon " + code + " does not exist");
        }
        JsonObject o = new JsonObject();
        o.addProperty("id", credit.id());
        o.addProperty("code", code);
        o.addProperty("amount", credit.amount().toPlainString());
        return ApiResponse.json(o);
    }
}
