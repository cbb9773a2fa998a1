package com.bytenite.sdk.jobs;

import java.util.Objects;
import java.util.Optional;

/**
 * A template a job can be created from, as the Customer API lists it: its id and the tags of the
 * app, partitioner and assembler it ties together.
 */
public final class JobTemplate {
    private final String id;
    private final String owner;
    private final String description;
    private final String app;
    private final String partitioner;
    private final String assembler;

    public JobTemplate(String id, String owner, String description, String app, String partitioner, String assembler) {
        this.id = Objects.requireNonNull(id, "id must not be null");
        this.owner = owner;
        this.description = description;
        this.app = app;
        this.partitioner = partitioner;
        this.assembler = assembler;
    }

    public String id() {
        return id;
    }

    public Optional<String> owner() {
        return Optional.ofNullable(owner);
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** The app's tag, such as {@code hello-world@1.0}. */
    public Optional<String> app() {
        return Optional.ofNullable(app);
    }

    public Optional<String> partitioner() {
        return Optional.ofNullable(partitioner);
    }

    public Optional<String> assembler() {
        return Optional.ofNullable(assembler);
    }

    @Override
    public String toString() {
        return "JobTemplate{id=" + id + ", app=" + app + ", partitioner=" + partitioner + ", assembler=" + assembler + '}';
    }
}
