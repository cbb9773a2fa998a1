package com.bytenite.sdk.jobs;

import com.bytenite.sdk.core.http.Redaction;
import java.util.Objects;

/**
 * One output file of a finished job: its name and its download link. Links into ByteNite's
 * temporary bucket are signed URLs valid for 48 hours; {@code toString()} never prints their query
 * nor a capability token in their path (Local ByteNite's links carry one there).
 */
public final class JobResult {
    private final String name;
    private final String link;

    /**
     * A result as the server listed it.
     *
     * @param name the file name as the server gave it
     * @param link the download link
     * @throws NullPointerException if an argument is null
     */
    public JobResult(String name, String link) {
        this.name = Objects.requireNonNull(name, "name must not be null");
        this.link = Objects.requireNonNull(link, "link must not be null");
    }

    /**
     * The file name as the server gave it; not sanitised, so do not use it as a path as is.
     *
     * @return the name, unchanged
     */
    public String name() {
        return name;
    }

    /**
     * The full link, signature included: treat it as a secret.
     *
     * @return the link, unchanged
     */
    public String link() {
        return link;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobResult && ((JobResult) o).name.equals(name) && ((JobResult) o).link.equals(link);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, link);
    }

    @Override
    public String toString() {
        return "JobResult{name=" + name + ", link=" + Redaction.link(link) + '}';
    }
}
