package com.bytenite.sdk.core.paging;

/**
 * Fetches one page. Implementations close over the request's other options (filters, orderBy,
 * isPublic) so every page is asked for with the same ones.
 *
 * @param <T> the row type
 */
@FunctionalInterface
public interface PageFetcher<T> {
    Page<T> fetch(long offset, int limit);
}
