package com.bytenite.sdk.jobs;

import com.bytenite.sdk.core.paging.EqualityFilter;
import com.bytenite.sdk.core.paging.Pager;
import java.util.Objects;
import java.util.function.Function;

/**
 * A filtered, ordered listing of jobs ({@code POST /jobs/filter}).
 *
 * <pre>{@code
 * jobs.query().where("state", "JOB_STATE_COMPLETE").orderBy("createdAt").list()
 *     .forEach(job -> System.out.println(job.id()));
 * }</pre>
 *
 * <p>Only equality is documented ({@code FILTER_CONDITION_EQ}); which field names the server
 * accepts is not, so they are passed through as given.
 */
public final class JobQuery {
    private final Function<JobQuery, Pager<Job>> runner;
    private final EqualityFilter filter = new EqualityFilter();
    private String orderBy;
    private int pageSize = Pager.DEFAULT_PAGE_SIZE;

    JobQuery(Function<JobQuery, Pager<Job>> runner) {
        this.runner = runner;
    }

    /**
     * Keeps jobs whose {@code field} equals {@code value} (a String, Number, Boolean or
     * {@link JobState}; null matches null).
     *
     * @throws IllegalArgumentException for a blank field or another kind of value
     */
    public JobQuery where(String field, Object value) {
        filter.add(field, value instanceof JobState state ? state.raw() : value);
        return this;
    }

    /** Orders by {@code field}; the server's default order otherwise. */
    public JobQuery orderBy(String field) {
        Objects.requireNonNull(field, "orderBy must not be null");
        this.orderBy = field;
        return this;
    }

    public JobQuery pageSize(int pageSize) {
        if (pageSize < 1 || pageSize > 1000) {
            throw new IllegalArgumentException("pageSize: expected 1..1000 but was " + pageSize);
        }
        this.pageSize = pageSize;
        return this;
    }

    /** Every matching job, fetched page by page as iteration reaches it. */
    public Pager<Job> list() {
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
