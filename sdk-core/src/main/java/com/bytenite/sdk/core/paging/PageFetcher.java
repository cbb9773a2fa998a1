package com.bytenite.sdk.core.paging;

/**
 * Fetches one page. Implementations close over the request's other options (filters, orderBy,
 * isPublic) so every page is asked for with the same ones.
 *
 * @param <T> the row type
 */
@FunctionalInterface
public interface PageFetcher<T> {
    /**
     * Fetches the rows from {@code offset} on.
     *
     * @param offset the index of the first row, 0 or more
     * @param limit the most rows to return, the pager's page size
     * @return the page; an empty page or null ends the listing
     */
    Page<T> fetch(long offset, int limit);
}
