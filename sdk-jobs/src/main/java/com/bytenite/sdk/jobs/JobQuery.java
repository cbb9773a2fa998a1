package com.bytenite.sdk.jobs;

import com.bytenite.sdk.core.paging.Pager;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
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
    /** One equality condition. */
    static final class Condition {
        final String field;
        final JsonElement value;

        Condition(String field, JsonElement value) {
            this.field = field;
            this.value = value;
        }
    }

    private final Function<JobQuery, Pager<Job>> runner;
    private final List<Condition> conditions = new ArrayList<>();
    private String orderBy;
    private int pageSize = Pager.DEFAULT_PAGE_SIZE;

    JobQuery(Function<JobQuery, Pager<Job>> runner) {
        this.runner = runner;
    }

    /** Keeps jobs whose {@code field} equals {@code value} (a String, Number or Boolean; null matches null). */
    public JobQuery where(String field, Object value) {
        Objects.requireNonNull(field, "field must not be null");
        if (field.isBlank()) {
            throw new IllegalArgumentException("field: expected a non-blank field name");
        }
        conditions.add(new Condition(field, toJson(field, value)));
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

    List<Condition> conditions() {
        return List.copyOf(conditions);
    }

    String orderByField() {
        return orderBy;
    }

    int pageSizeValue() {
        return pageSize;
    }

    private static JsonElement toJson(String field, Object value) {
        if (value == null) {
            return JsonNull.INSTANCE;
        }
        if (value instanceof String) {
            return new JsonPrimitive((String) value);
        }
        if (value instanceof Number) {
            return new JsonPrimitive((Number) value);
        }
        if (value instanceof Boolean) {
            return new JsonPrimitive((Boolean) value);
        }
        if (value instanceof JobState) {
            return new JsonPrimitive(((JobState) value).raw());
        }
        throw new IllegalArgumentException("value of '" + field + "': expected a String, Number, Boolean or JobState but was "
                + value.getClass().getName());
    }
}
