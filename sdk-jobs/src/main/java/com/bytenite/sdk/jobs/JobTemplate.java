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

    /**
     * A template as the Customer API lists it; every field but {@code id} may be null.
     *
     * @param id the template's id
     * @param owner its owner, as sent
     * @param description its description
     * @param app the app's tag
     * @param partitioner the partitioner's tag
     * @param assembler the assembler's tag
     * @throws NullPointerException if {@code id} is null
     */
    public JobTemplate(String id, String owner, String description, String app, String partitioner, String assembler) {
        this.id = Objects.requireNonNull(id, "id must not be null");
        this.owner = owner;
        this.description = description;
        this.app = app;
        this.partitioner = partitioner;
        this.assembler = assembler;
    }

    /**
     * The template's id, as given to {@code create(templateId)}.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * The template's owner, as sent.
     *
     * @return the owner, or empty when the server sent none
     */
    public Optional<String> owner() {
        return Optional.ofNullable(owner);
    }

    /**
     * The template's description.
     *
     * @return the description, or empty when the server sent none
     */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /**
     * The app's tag, such as {@code hello-world@1.0}.
     *
     * @return the tag, or empty when the server sent none
     */
    public Optional<String> app() {
        return Optional.ofNullable(app);
    }

    /**
     * The partitioner's tag, such as {@code passthrough}.
     *
     * @return the tag, or empty when the server sent none
     */
    public Optional<String> partitioner() {
        return Optional.ofNullable(partitioner);
    }

    /**
     * The assembler's tag, such as {@code zipper}.
     *
     * @return the tag, or empty when the server sent none
     */
    public Optional<String> assembler() {
        return Optional.ofNullable(assembler);
    }

    @Override
    public String toString() {
        return "JobTemplate{id=" + id + ", app=" + app + ", partitioner=" + partitioner + ", assembler=" + assembler + '}';
    }
}
