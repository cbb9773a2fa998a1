package com.bytenite.sdk.core.spi;

import java.util.Objects;

/**
 * Names one API operation and says whether it may be sent twice. Every call made through {@link
 * com.bytenite.sdk.core.http.ByteNiteHttp} carries one; the name appears in exceptions and logs, the idempotency decides
 * retries (see the retry table in the README).
 *
 * <p>An operation is <em>idempotent</em> when repeating it leaves the server as one call would:
 * reads, deletes, and the PATCH/POST calls that set a value (job name, params, configs, data
 * source, activate, deactivate). Calls that may create or start something (job create, run,
 * abort, coupon redeem, secret create, push) are not: they are never replayed once the request
 * may have reached the server.
 */
public final class Operation {
    private final String name;
    private final boolean idempotent;

    private Operation(String name, boolean idempotent) {
        Objects.requireNonNull(name, "name must not be null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name: expected a non-blank operation name");
        }
        this.name = name;
        this.idempotent = idempotent;
    }

    /**
     * An operation that is safe to repeat, such as {@code customer.getJob}.
     *
     * @param name the name shown in exceptions and logs, {@code <api>.<operation>}
     * @return a new idempotent operation
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public static Operation idempotent(String name) {
        return new Operation(name, true);
    }

    /**
     * An operation that must not be repeated once sent, such as {@code customer.createJob}.
     *
     * @param name the name shown in exceptions and logs, {@code <api>.<operation>}
     * @return a new non-idempotent operation
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public static Operation nonIdempotent(String name) {
        return new Operation(name, false);
    }

    /**
     * The operation's name, as exceptions and logs show it.
     *
     * @return the name, such as {@code customer.getJob}
     */
    public String name() {
        return name;
    }

    /**
     * Whether the operation may be replayed after it may have reached the server.
     *
     * @return true when repeating it leaves the server as one call would
     */
    public boolean isIdempotent() {
        return idempotent;
    }

    @Override
    public String toString() {
        return name;
    }
}
