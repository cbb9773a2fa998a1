package com.bytenite.sdk.jobs;

import com.bytenite.sdk.core.paging.Pager;
import com.bytenite.sdk.core.paging.Query;
import java.util.function.Function;

/**
 * A filtered, ordered listing of jobs ({@code POST /jobs/filter}); see {@link Query}.
 *
 * <pre>{@code
 * jobs.query().where("state", "JOB_STATE_COMPLETE").orderBy("createdAt").list()
 *     .forEach(job -> System.out.println(job.id()));
 * }</pre>
 */
public final class JobQuery extends Query<JobQuery, Job> {
    JobQuery(Function<Spec, Pager<Job>> runner) {
        super(runner);
    }

    /**
     * Keeps jobs whose {@code field} equals {@code value} (a String, Number, Boolean or
     * {@link JobState}, sent as its wire name; null matches null).
     *
     * @throws IllegalArgumentException for a blank field or another kind of value
     */
    @Override
    public JobQuery where(String field, Object value) {
        return super.where(field, value instanceof JobState state ? state.raw() : value);
    }
}
