package com.bytenite.sdk.local;

import java.util.function.Consumer;

/**
 * Where a component's output goes, line by line. {@link #accept(String)} is an ordinary line (as
 * on stdout); {@link #line(String, boolean)} says whether it came from stderr.
 */
@FunctionalInterface
public interface ComponentOutput extends Consumer<String> {
    /**
     * Receives one line of the component's output.
     *
     * @param text the line, without its line ending
     * @param stderr true for a line from stderr, false for stdout
     */
    void line(String text, boolean stderr);

    @Override
    default void accept(String text) {
        line(text, false);
    }
}
