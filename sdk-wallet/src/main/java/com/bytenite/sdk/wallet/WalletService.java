package com.bytenite.sdk.wallet;

import com.bytenite.sdk.core.ByteNiteService;
import com.bytenite.sdk.core.errors.MalformedResponseException;
import com.bytenite.sdk.core.paging.Page;
import com.bytenite.sdk.core.paging.Pager;
import com.bytenite.sdk.core.paging.Query;
import com.bytenite.sdk.core.spi.Operation;
import com.bytenite.sdk.core.spi.Pagination;
import com.bytenite.sdk.core.spi.RequestSource;
import com.bytenite.sdk.core.spi.ServiceContext;
import com.bytenite.sdk.wallet.internal.GeneratedWalletApi;
import com.bytenite.sdk.wallet.internal.WalletOperations;
import com.bytenite.sdk.wallet.internal.generated.model.BalanceDto;
import com.bytenite.sdk.wallet.internal.generated.model.ExchangeRateDto;
import com.bytenite.sdk.wallet.internal.generated.model.FilterDto;
import com.bytenite.sdk.wallet.internal.generated.model.FilterPaginationDto;
import com.bytenite.sdk.wallet.internal.generated.model.RedeemCouponRequestDto;
import com.bytenite.sdk.wallet.internal.generated.model.RedeemCouponResponseDto;
import com.bytenite.sdk.wallet.internal.generated.model.TransactionFilterRequestDto;
import com.bytenite.sdk.wallet.internal.generated.model.TransactionListDto;
import com.google.gson.reflect.TypeToken;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import okhttp3.MediaType;
import okhttp3.Response;

/**
 * The Wallet API ({@code /v1/wallet}): balance, transactions, their CSV export, exchange rates and
 * coupons. Every amount is an exact {@link BigDecimal}.
 *
 * <pre>{@code
 * WalletService wallet = client.wallet();
 * System.out.println(wallet.balance().availableBalance());
 * wallet.exportTransactionsCsv(Path.of("transactions.csv"), false);
 * }</pre>
 *
 * <p>Errors are the SDK's {@code ByteNiteException}s; reads are retried on transient failures,
 * {@link #redeemCoupon(String)} never is.
 */
public final class WalletService extends ByteNiteService<WalletService> {
    private final GeneratedWalletApi api;

    /**
     * Services are made by {@code ByteNiteClient}; this constructor is for SDK modules and tests.
     *
     * @param context the shared HTTP stack and settings the service sends its calls through
     */
    public WalletService(ServiceContext context) {
        super(context, WalletService::new);
        this.api = context.shared(GeneratedWalletApi.class, () -> new GeneratedWalletApi(context));
    }

    /**
     * The wallet's balance ({@code GET /balance}).
     *
     * @return the balance as the server sent it
     */
    public Balance balance() {
        return call(WalletOperations.GET_BALANCE, () -> api.wallet().getBalanceCall(null).request(),
                BalanceDto.class, WalletValues::balance);
    }

    /**
     * Every transaction, newest first as the server orders them, fetched page by page as iteration reaches it.
     *
     * @return a pager over the transactions; nothing is sent until it is iterated
     */
    public Pager<Transaction> transactions() {
        return Pager.of((offset, limit) -> call(WalletOperations.LIST_TRANSACTIONS,
                () -> api.transactions().listTransactionsCall(limit, Math.toIntExact(offset), null).request(), TransactionListDto.class,
                WalletService::page));
    }

    /**
     * A filtered listing; see {@link TransactionQuery}.
     *
     * @return a new query with no filters; nothing is sent until it is listed
     */
    public TransactionQuery query() {
        return new TransactionQuery(this::runQuery);
    }

    /**
     * Writes the transactions CSV ({@code GET /transactions/csv}) to {@code file}, streaming: the
     * CSV goes through a temporary file next to {@code file} and is moved into place once complete,
     * so a failure never leaves a partial file under the final name.
     *
     * @param file where to write the CSV, as UTF-8
     * @param replaceExisting whether an existing {@code file} may be replaced
     * @return the number of characters written
     * @throws UncheckedIOException if the file cannot be written, or {@code file} exists and
     *     {@code replaceExisting} is false ({@link FileAlreadyExistsException} as the cause)
     */
    public long exportTransactionsCsv(Path file, boolean replaceExisting) {
        Objects.requireNonNull(file, "file must not be null");
        Path target = file.toAbsolutePath();
        if (!replaceExisting && Files.exists(target)) {
            throw new UncheckedIOException(new FileAlreadyExistsException(target.toString(), null, "pass replaceExisting=true to replace it"));
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
            long written;
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                written = exportTransactionsCsv(out);
            }
            if (replaceExisting) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.move(tmp, target);
            }
            tmp = null;
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the transactions CSV to " + target, e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    /**
     * Writes the transactions CSV to {@code out} as it arrives (the caller closes {@code out}). The
     * reference wraps the CSV in JSON ({@code {"csv": "…"}}); it is decoded while streaming, never
     * held whole in memory.
     *
     * @param out where the CSV's characters are written; flushed but not closed
     * @return the number of characters written
     * @throws UncheckedIOException if {@code out} fails
     * @throws MalformedResponseException if the answer is not the documented shape
     */
    public long exportTransactionsCsv(Writer out) {
        Objects.requireNonNull(out, "out must not be null");
        try (Response response = context().open(WalletOperations.GET_TRANSACTIONS_CSV,
                () -> api.transactions().getTransactionsCsvCall(null).request(), context().apiClient())) {
            MediaType type = response.body().contentType();
            boolean json = type == null || type.subtype().contains("json");
            Writer buffered = new BufferedWriter(out);
            long n = CsvStream.copy(new BufferedReader(response.body().charStream()), json, buffered);
            buffered.flush();
            return n;
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("unreadable transactions CSV answer")) {
                throw new MalformedResponseException(WalletOperations.GET_TRANSACTIONS_CSV.name(), 200, null, e.getMessage(), e);
            }
            throw new UncheckedIOException("transactions CSV export failed", e);
        }
    }

    /**
     * What {@code currencyAmount} of {@code currency} is worth in credits ({@code GET /exchange_rate}).
     *
     * @param currency a currency code such as {@code USD}; which codes are accepted is not documented
     * @param currencyAmount the amount of {@code currency} to convert, zero or more
     * @return the rate applied and the credits {@code currencyAmount} buys
     * @throws IllegalArgumentException for a blank currency or a negative amount (nothing is sent)
     */
    public ExchangeRate exchangeRate(String currency, BigDecimal currencyAmount) {
        Objects.requireNonNull(currency, "currency must not be null");
        Objects.requireNonNull(currencyAmount, "currencyAmount must not be null");
        if (currency.isBlank()) {
            throw new IllegalArgumentException("currency: expected a currency code such as USD");
        }
        if (currencyAmount.signum() < 0) {
            throw new IllegalArgumentException("currencyAmount: expected zero or more but was " + currencyAmount.toPlainString());
        }
        return call(WalletOperations.GET_EXCHANGE_RATE, () -> api.wallet().getExchangeRateCall(currency, currencyAmount, null).request(),
                ExchangeRateDto.class, WalletValues::rate);
    }

    /**
     * Redeems a coupon ({@code POST /redeem_coupon}). Never retried automatically: after a
     * {@code ByteNiteNetworkException} whose {@code requestMayHaveBeenSent()} is true, look at
     * {@link #transactions()} for the coupon's credit before trying again.
     *
     * @param couponCode the coupon code to redeem
     * @return the redemption, with the credits added when the server sent a readable amount
     * @throws IllegalArgumentException for a blank code (nothing is sent)
     */
    public CouponRedemption redeemCoupon(String couponCode) {
        Objects.requireNonNull(couponCode, "couponCode must not be null");
        if (couponCode.isBlank()) {
            throw new IllegalArgumentException("couponCode: expected a coupon code");
        }
        RedeemCouponRequestDto body = new RedeemCouponRequestDto().couponCode(couponCode);
        return call(WalletOperations.REDEEM_COUPON, () -> api.coupons().redeemCouponCall(body, null).request(), RedeemCouponResponseDto.class,
                WalletValues::redemption);
    }

    private Pager<Transaction> runQuery(Query.Spec query) {
        Type listOfFilters = new TypeToken<List<FilterDto>>() { }.getType();
        List<FilterDto> filters = GeneratedWalletApi.gson().fromJson(query.filters(), listOfFilters);
        return Pager.of((offset, limit) -> {
            TransactionFilterRequestDto body = new TransactionFilterRequestDto()
                    .pagination(new FilterPaginationDto().limit(limit).offset(Math.toIntExact(offset)))
                    .filters(filters)
                    .orderBy(query.orderBy());
            return call(WalletOperations.FILTER_TRANSACTIONS, () -> api.transactions().filterTransactionsCall(body, null).request(),
                    TransactionListDto.class, WalletService::page);
        }, query.pageSize());
    }

    private static Page<Transaction> page(TransactionListDto list) {
        List<Transaction> rows = list.getData() == null ? List.of() : list.getData().stream().map(WalletValues::transaction).toList();
        var p = list.getPagination();
        return p == null ? Page.of(rows, null, null, null) : Pagination.page(rows, p.getTotal(), p.getOffset(), p.getHasNext());
    }

    private <T, R> R call(Operation op, RequestSource source, Class<T> type, Function<T, R> mapper) {
        return context().execute(op, source, GeneratedWalletApi.gson(), type, mapper);
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // The temporary file is hidden (dot-prefixed); nothing else to do.
            }
        }
    }
}
