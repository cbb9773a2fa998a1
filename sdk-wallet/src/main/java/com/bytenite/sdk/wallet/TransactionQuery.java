package com.bytenite.sdk.wallet;

import com.bytenite.sdk.core.paging.EqualityFilter;
import com.bytenite.sdk.core.paging.Pager;
import java.util.Objects;
import java.util.function.Function;

/**
 * A filtered, ordered listing of transactions ({@code POST /transactions/filter}).
 *
 * <pre>{@code
 * wallet.query().where("transactionType", "payment").orderBy("createdAt").list().forEach(System.out::println);
 * }</pre>
 *
 * <p>Only equality is documented; which field names the server accepts is not.
 */
public final class TransactionQuery {
    private final Function<TransactionQuery, Pager<Transaction>> runner;
    private final EqualityFilter filter = new EqualityFilter();
    private String orderBy;
    private int pageSize = Pager.DEFAULT_PAGE_SIZE;

    TransactionQuery(Function<TransactionQuery, Pager<Transaction>> runner) {
        this.runner = runner;
    }

    /**
     * Keeps transactions whose {@code field} equals {@code value} (a String, Number or Boolean).
     *
     * @throws IllegalArgumentException for a blank field or another kind of value
     */
    public TransactionQuery where(String field, Object value) {
        filter.add(field, value);
        return this;
    }

    public TransactionQuery orderBy(String field) {
        this.orderBy = Objects.requireNonNull(field, "orderBy must not be null");
        return this;
    }

    /** @throws IllegalArgumentException outside 1..1000 */
    public TransactionQuery pageSize(int pageSize) {
        if (pageSize < 1 || pageSize > 1000) {
            throw new IllegalArgumentException("pageSize: expected 1..1000 but was " + pageSize);
        }
        this.pageSize = pageSize;
        return this;
    }

    /** Every matching transaction, fetched page by page as iteration reaches it. */
    public Pager<Transaction> list() {
        return runner.apply(this);
    }

    EqualityFilter filter() {
        return filter;
    }

    String orderByField() {
        return orderBy;
    }

    int pageSizeValue() {
        return pageSize;
    }
}
