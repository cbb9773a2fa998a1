package com.bytenite.sdk.core.paging;

import com.google.gson.JsonArray;
import java.util.Objects;
import java.util.function.Function;

/**
 * A filtered, ordered listing ({@code POST …/filter}): equality conditions, an order and a page
 * size, fetched page by page once {@link #list()} is iterated. The base of each API's query
 * builder (jobs, wallet transactions), which only names what it lists.
 *
 * <p>Only equality is documented ({@code FILTER_CONDITION_EQ}); which field names the server
 * accepts is not, so they are passed through as given.
 *
 * @param <Q> the query itself, returned by every setter so calls chain
 * @param <T> what the listing yields
 */
public abstract class Query<Q extends Query<Q, T>, T> {
    /**
     * What a query asks for, as the client that runs it receives it: taken when {@link #list()}
     * is called, so later changes to the builder do not change a listing under way.
     *
     * @param filters the conditions as the filter endpoints take them
     * @param orderBy the field to order by, or null for the server's default order
     * @param pageSize the {@code limit} of each page, 1 to 1000
     */
    public record Spec(JsonArray filters, String orderBy, int pageSize) {
    }

    private final Function<Spec, Pager<T>> runner;
    private final EqualityFilter filter = new EqualityFilter();
    private String orderBy;
    private int pageSize = Pager.DEFAULT_PAGE_SIZE;

    /** @param runner lists what a {@link Spec} asks for */
    protected Query(Function<Spec, Pager<T>> runner) {
        this.runner = Objects.requireNonNull(runner, "runner must not be null");
    }

    /**
     * Keeps rows whose {@code field} equals {@code value} (a String, Number or Boolean; null
     * matches null).
     *
     * @param field the field's name, passed through as given
     * @param value the value the field must equal
     * @return this query
     * @throws NullPointerException if {@code field} is null
     * @throws IllegalArgumentException for a blank field or another kind of value, naming the field
     */
    public Q where(String field, Object value) {
        filter.add(field, value);
        return self();
    }

    /**
     * Orders by {@code field}; the server's default order otherwise. Which fields and directions the
     * server accepts is not documented.
     *
     * @param field the field to order by, passed through as given
     * @return this query
     * @throws NullPointerException if {@code field} is null
     */
    public Q orderBy(String field) {
        this.orderBy = Objects.requireNonNull(field, "orderBy must not be null");
        return self();
    }

    /**
     * How many rows each page asks for; {@value Pager#DEFAULT_PAGE_SIZE} unless set.
     *
     * @param pageSize the {@code limit} of each page, 1 to 1000
     * @return this query
     * @throws IllegalArgumentException outside 1..1000
     */
    public Q pageSize(int pageSize) {
        if (pageSize < 1 || pageSize > 1000) {
            throw new IllegalArgumentException("pageSize: expected 1..1000 but was " + pageSize);
        }
        this.pageSize = pageSize;
        return self();
    }

    /**
     * Every matching row, fetched page by page as iteration reaches it.
     *
     * @return a pager over the rows, with the conditions as they are now; nothing is sent until it is iterated
     */
    public Pager<T> list() {
        return runner.apply(new Spec(filter.toJson(), orderBy, pageSize));
    }

    @SuppressWarnings("unchecked") // Q is this class's own subclass by its declaration
    private Q self() {
        return (Q) this;
    }
}
