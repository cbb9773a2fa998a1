package com.bytenite.sdk.runtime;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a component's variables come from: the process environment in a container
 * ({@link #system()}), a map in tests and local pipelines ({@link #of(Map)}).
 */
@FunctionalInterface
public interface Environment {
    /** The value of {@code name}, or null when unset. */
    String get(String name);

    static Environment system() {
        return StartupLean.SYSTEM;
    }

    static Environment of(Map<String, String> variables) {
        return new StartupLean.MapEnvironment(Map.copyOf(variables));
    }

    /** The value, when set and not blank. */
    default Optional<String> optional(String name) {
        String value = get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    /**
     * @throws ComponentException naming the variable and the component when it is unset or blank
     */
    default String require(String name, String component) {
        Objects.requireNonNull(name, "name must not be null");
        String value = get(name);
        if (value == null) {
            throw new ComponentException(component + ": the environment variable " + name + " is not set");
        }
        if (value.isBlank()) {
            throw new ComponentException(component + ": the environment variable " + name + " is empty");
        }
        return value;
    }
}
