package com.bytenite.sdk.local.executor;

import com.bytenite.sdk.local.ComponentOutput;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Hides the values of a component's secrets in what it prints: each becomes {@link #MASK}, in its
 * log lines and in the error line a job's message quotes, whichever executor runs it. Values
 * shorter than 4 characters are left as they are: masking them would mask ordinary words. Thread-safe.
 */
public final class SecretMask {
    /** What a secret's value is replaced with. */
    public static final String MASK = "[REDACTED]";
    private static final int SHORTEST_MASKED = 4;

    /** Longest first, so that a value containing another is masked whole. */
    private final List<String> values;

    private SecretMask(List<String> values) {
        this.values = values;
    }

    /**
     * A mask for these values.
     *
     * @param secretValues the secrets' values, such as {@link ContainerSpec#secretEnv()}'s
     * @return the mask
     * @throws NullPointerException if {@code secretValues} or one of them is null
     */
    public static SecretMask of(Collection<String> secretValues) {
        return new SecretMask(secretValues.stream().map(v -> Objects.requireNonNull(v, "a secret value must not be null"))
                .filter(v -> v.length() >= SHORTEST_MASKED).distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList());
    }

    /**
     * The line with every secret value masked.
     *
     * @param line a line the component printed, or null
     * @return the masked line, or null for null
     */
    public String apply(String line) {
        if (line == null) {
            return null;
        }
        String out = line;
        for (String value : values) {
            out = out.replace(value, MASK);
        }
        return out;
    }

    /**
     * An output that masks each line before passing it to {@code out}.
     *
     * @param out where the masked lines go
     * @return the masking output
     */
    public ComponentOutput wrap(ComponentOutput out) {
        Objects.requireNonNull(out, "out must not be null");
        return values.isEmpty() ? out : (text, stderr) -> out.line(apply(text), stderr);
    }

    /** How many values it masks; never the values. */
    @Override
    public String toString() {
        return "SecretMask[" + values.size() + " values]";
    }
}
