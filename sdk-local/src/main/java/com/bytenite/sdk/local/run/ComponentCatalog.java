package com.bytenite.sdk.local.run;

/** Finds the component a template names by tag. */
@FunctionalInterface
public interface ComponentCatalog {
    /** The three places a component can sit in a job. */
    enum Kind { PARTITIONER, APP, ASSEMBLER }

    /**
     * @param owner the user running the job: their own components and public ones are visible
     * @return the component, or null when there is none with that tag
     */
    Component find(Kind kind, String tag, String owner);
}
