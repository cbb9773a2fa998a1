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
     * @param total the server's {@code pagination.total}, or null
     * @param reportedOffset the server's {@code pagination.offset}, or null
     * @param hasNext the server's {@code pagination.hasNext}, or null when absent
     */
    public static <T> Page<T> of(List<T> items, Long total, Long reportedOffset, Boolean hasNext) {
        return new Page<>(items, total, reportedOffset, hasNext == null || hasNext);
    }

    public List<T> items() {
        return items;
    }

    public OptionalLong total() {
        return total == null ? OptionalLong.empty() : OptionalLong.of(total);
    }

    public OptionalLong reportedOffset() {
        return reportedOffset == null ? OptionalLong.empty() : OptionalLong.of(reportedOffset);
    }

    public boolean hasNext() {
        return hasNext;
    }
}
