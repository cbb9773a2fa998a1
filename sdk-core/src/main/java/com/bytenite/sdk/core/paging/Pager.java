package com.bytenite.sdk.core.paging;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy view over every row of a {@code limit}/{@code offset} list: pages are fetched only as
 * iteration reaches them. Each {@link #iterator()} or {@link #stream()} starts again from offset 0.
 *
 * <p>The listing ends on the first of: {@code hasNext=false}; an empty page; every row of a known
 * {@code total} read; or a page whose offset was already seen (a server that ignores
 * {@code offset} would otherwise repeat the same page forever).
 *
 * <pre>{@code
 * Pager<Job> jobs = Pager.of((offset, limit) -> fetchJobs(offset, limit), 50);
 * jobs.stream().filter(Job::isRunning).forEach(System.out::println);
 * }</pre>
 *
 * <p>A failed page fetch throws from {@code hasNext()}/{@code next()} with the fetcher's exception.
 *
 * @param <T> the row type
 */
public final class Pager<T> implements Iterable<T> {
    /** Page size when the caller does not choose one. */
    public static final int DEFAULT_PAGE_SIZE = 50;

    private final PageFetcher<T> fetcher;
    private final int pageSize;
    private final long startOffset;

    private Pager(PageFetcher<T> fetcher, int pageSize, long startOffset) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher must not be null");
        if (pageSize < 1 || pageSize > 1000) {
            throw new IllegalArgumentException("pageSize: expected 1..1000 but was " + pageSize);
        }
        if (startOffset < 0) {
            throw new IllegalArgumentException("offset: expected zero or more but was " + startOffset);
        }
        this.pageSize = pageSize;
        this.startOffset = startOffset;
    }

    /**
     * A listing fetched {@value #DEFAULT_PAGE_SIZE} rows at a time. Nothing is fetched until it is iterated.
     *
     * @param <T> the row type
     * @param fetcher fetches one page
     * @return a new pager starting at offset 0
     * @throws NullPointerException if {@code fetcher} is null
     */
    public static <T> Pager<T> of(PageFetcher<T> fetcher) {
        return new Pager<>(fetcher, DEFAULT_PAGE_SIZE, 0);
    }

    /**
     * A listing fetched {@code pageSize} rows at a time. Nothing is fetched until it is iterated.
     *
     * @param <T> the row type
     * @param fetcher fetches one page
     * @param pageSize the {@code limit} of each page, 1 to 1000
     * @return a new pager starting at offset 0
     * @throws NullPointerException if {@code fetcher} is null
     * @throws IllegalArgumentException if {@code pageSize} is outside 1..1000
     */
    public static <T> Pager<T> of(PageFetcher<T> fetcher, int pageSize) {
        return new Pager<>(fetcher, pageSize, 0);
    }

    /**
     * The same listing starting at {@code offset} instead of 0.
     *
     * @param offset the index of the first row to fetch, 0 or more
     * @return a new pager; this one is unchanged
     * @throws IllegalArgumentException if {@code offset} is negative
     */
    public Pager<T> startingAt(long offset) {
        return new Pager<>(fetcher, pageSize, offset);
    }

    /**
     * How many rows each page asks for.
     *
     * @return the page size, 1 to 1000
     */
    public int pageSize() {
        return pageSize;
    }

    @Override
    public Iterator<T> iterator() {
        return new PageIterator();
    }

    /**
     * A sequential, lazy stream of every row.
     *
     * @return a new stream starting again from the first row; pages are fetched as it is consumed
     */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
    }

    private final class PageIterator implements Iterator<T> {
        private final ArrayDeque<T> buffered = new ArrayDeque<>();
        private final Set<Long> seenOffsets = new HashSet<>();
        private long nextOffset = startOffset;
        private long delivered;
        private boolean exhausted;

        @Override
        public boolean hasNext() {
            while (buffered.isEmpty() && !exhausted) {
                fetchNextPage();
            }
            return !buffered.isEmpty();
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return buffered.removeFirst();
        }

        private void fetchNextPage() {
            long requested = nextOffset;
            seenOffsets.add(requested);
            Page<T> page = fetcher.fetch(requested, pageSize);
            if (page == null || page.items().isEmpty()) {
                exhausted = true;
                return;
            }
            if (page.reportedOffset().isPresent() && page.reportedOffset().getAsLong() != requested
                    && seenOffsets.contains(page.reportedOffset().getAsLong())) {
                exhausted = true;
                return;
            }
            buffered.addAll(page.items());
            delivered += page.items().size();
            nextOffset = requested + page.items().size();
            boolean totalReached = page.total().isPresent() && startOffset + delivered >= page.total().getAsLong();
            if (!page.hasNext() || totalReached || seenOffsets.contains(nextOffset)) {
                exhausted = true;
            }
        }
    }
}
