package com.bytenite.sdk.dev;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An app or engine tag: {@code name} (the highest version), {@code name@major} (the highest minor
 * of that major) or {@code name@major.minor} (exactly that version).
 */
public final class Tag {
    private static final Pattern FORM = Pattern.compile("([A-Za-z0-9][A-Za-z0-9_.-]{0,63})(?:@(\\d{1,9})(?:\\.(\\d{1,9}))?)?");

    private final String name;
    private final Integer major;
    private final Integer minor;

    private Tag(String name, Integer major, Integer minor) {
        this.name = name;
        this.major = major;
        this.minor = minor;
    }

    /**
     * Reads a tag, ignoring surrounding whitespace.
     *
     * @param text {@code name}, {@code name@major} or {@code name@major.minor}, such as {@code hello-world@1.0}
     * @return the tag
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException for anything but {@code name}, {@code name@major} or
     *     {@code name@major.minor} (names: letters, digits, {@code . _ -}, up to 64)
     */
    public static Tag parse(String text) {
        Objects.requireNonNull(text, "tag must not be null");
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("tag: expected name, name@major or name@major.minor (such as hello-world@1.0) but was '"
                    + text + "'");
        }
        return new Tag(m.group(1), m.group(2) == null ? null : Integer.valueOf(m.group(2)), m.group(3) == null ? null : Integer.valueOf(m.group(3)));
    }

    /**
     * An exact tag, {@code name@major.minor}.
     *
     * @param name the component's name
     * @param major the major version, zero or more
     * @param minor the minor version, zero or more
     * @return the tag
     * @throws IllegalArgumentException for a negative version or a name {@link #parse(String)} refuses
     */
    public static Tag of(String name, int major, int minor) {
        if (major < 0 || minor < 0) {
            throw new IllegalArgumentException("version: expected non-negative numbers but was " + major + "." + minor);
        }
        return parse(name + "@" + major + "." + minor);
    }

    /**
     * The component's name, without version.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The major version.
     *
     * @return the major version, or empty for a bare {@code name}
     */
    public OptionalInt major() {
        return major == null ? OptionalInt.empty() : OptionalInt.of(major);
    }

    /**
     * The minor version.
     *
     * @return the minor version, or empty for {@code name} and {@code name@major}
     */
    public OptionalInt minor() {
        return minor == null ? OptionalInt.empty() : OptionalInt.of(minor);
    }

    /**
     * The version part, {@code major} or {@code major.minor}, when there is one.
     *
     * @return the version, or empty for a bare {@code name}
     */
    public Optional<String> version() {
        return major == null ? Optional.empty() : Optional.of(minor == null ? major.toString() : major + "." + minor);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tag t && t.name.equals(name) && Objects.equals(t.major, major) && Objects.equals(t.minor, minor);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, major, minor);
    }

    /** The wire form, as {@link #parse(String)} reads it. */
    @Override
    public String toString() {
        return version().map(v -> name + "@" + v).orElse(name);
    }
}
