package com.bytenite.sdk.core;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A value from a list ByteNite does not publish in full (job states, user roles, secret types): the
 * documented values are constants, and anything else the server sends or the user gives is kept
 * exactly as it came, never rejected or rewritten. Two values are equal when they are of the same
 * type and their wire strings are equal.
 */
public abstract class OpenEnum {
    private final String raw;

    /**
     * For subclasses' constants and for values kept as sent.
     *
     * @param raw the wire string, kept exactly as given
     * @throws NullPointerException if {@code raw} is null
     */
    protected OpenEnum(String raw) {
        this.raw = Objects.requireNonNull(raw, "raw must not be null");
    }

    /**
     * The first of {@code known} whose wire string {@code matches}, or null: how each type's
     * {@code of(String)} finds its constants before keeping a new value as sent.
     *
     * @param <E> the subclass
     * @param known the constants, in the order to try them
     * @param matches tests a constant's wire string
     * @return the first matching constant, or null when none matches
     */
    protected static <E extends OpenEnum> E find(List<E> known, Predicate<String> matches) {
        for (E e : known) {
            if (matches.test(e.raw())) {
                return e;
            }
        }
        return null;
    }

    /**
     * The value exactly as it is sent on, or came from, the wire.
     *
     * @return the wire string
     */
    public String raw() {
        return raw;
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((OpenEnum) o).raw.equals(raw);
    }

    @Override
    public final int hashCode() {
        return raw.hashCode();
    }

    /** The wire string. */
    @Override
    public final String toString() {
        return raw;
    }
}
