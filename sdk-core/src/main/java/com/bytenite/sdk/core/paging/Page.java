package com.bytenite.sdk.core.paging;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One page of a list call: its rows and the server's {@code pagination} block
 * ({@code total}, {@code offset}, {@code hasNext}). Fields the server left out are empty; a missing
 * {@code hasNext} counts as true so that only an empty page ends the listing.
 *
 * @param <T> the row type
 */
public final class Page<T> {
    private final List<T> items;
    private final Long total;
    private final Long reportedOffset;
    private final boolean hasNext;

    private Page(List<T> items, Long total, Long reportedOffset, boolean hasNext) {
        this.items = List.copyOf(Objects.requireNonNull(items, "items must not be null"));
        this.total = total;
        this.reportedOffset = reportedOffset;
        this.hasNext = hasNext;
    }

    /**
     * A page as the server described it.
     *
     * @param <T> the row type
     * @param items the page's rows; copied
     * @param total the server's {@code pagination.total}, or null
     * @param reportedOffset the server's {@code pagination.offset}, or null
     * @param hasNext the server's {@code pagination.hasNext}, or null when absent
     * @return a new, immutable page
     * @throws NullPointerException if {@code items} or one of its rows is null
     */
    public static <T> Page<T> of(List<T> items, Long total, Long reportedOffset, Boolean hasNext) {
        return new Page<>(items, total, reportedOffset, hasNext == null || hasNext);
    }

    /**
     * The page's rows, in the server's order.
     *
     * @return an immutable list, empty for an empty page
     */
    public List<T> items() {
        return items;
    }

    /**
     * The server's {@code pagination.total}: how many rows the whole listing has.
     *
     * @return the total, empty when the server left it out
     */
    public OptionalLong total() {
        return total == null ? OptionalLong.empty() : OptionalLong.of(total);
    }

    /**
     * The server's {@code pagination.offset}, which may differ from the offset asked for.
     *
     * @return the offset the server reported, empty when it left it out
     */
    public OptionalLong reportedOffset() {
        return reportedOffset == null ? OptionalLong.empty() : OptionalLong.of(reportedOffset);
    }

    /**
     * Whether the server says more rows follow.
     *
     * @return the server's {@code pagination.hasNext}, true when it left it out
     */
    public boolean hasNext() {
        return hasNext;
    }
}
