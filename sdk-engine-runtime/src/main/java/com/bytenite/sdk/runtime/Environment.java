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
    /**
     * The value of {@code name}, or null when unset.
     *
     * @param name the variable's name
     * @return the value as set, possibly blank, or null
     */
    String get(String name);

    /**
     * The process environment ({@link System#getenv(String)}), read at each call, never cached.
     *
     * @return the environment of this process
     */
    static Environment system() {
        return StartupLean.SYSTEM;
    }

    /**
     * Fixed variables, for tests and local runs.
     *
     * @param variables the variables; copied
     * @return an environment holding exactly these variables
     * @throws NullPointerException if {@code variables} or any of its keys or values is null
     */
    static Environment of(Map<String, String> variables) {
        return new StartupLean.MapEnvironment(Map.copyOf(variables));
    }

    /**
     * The value, when set and not blank.
     *
     * @param name the variable's name
     * @return the value as set, or empty when unset or blank
     */
    default Optional<String> optional(String name) {
        String value = get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    /**
     * The value of a variable the component cannot run without.
     *
     * @param name the variable's name
     * @param component the component named in the error message, such as {@code app}
     * @return the value as set, never blank
     * @throws NullPointerException if {@code name} is null
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
