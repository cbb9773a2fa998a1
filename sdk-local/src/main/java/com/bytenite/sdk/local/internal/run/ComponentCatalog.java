package com.bytenite.sdk.local.internal.run;

import com.bytenite.sdk.local.Component;
import com.bytenite.sdk.local.ComponentRole;
import com.bytenite.sdk.local.executor.ContainerSpec;

/** Finds the component a template names by tag. */
@FunctionalInterface
public interface ComponentCatalog {
    /**
     * A component found for a tag: what runs, and what the job's log says ran.
     *
     * @param tag the name and version that ran, such as {@code zipper@1.0}
     * @param origin where it comes from, such as {@code built in} or {@code pushed by local-user}
     * @param container how it runs as a container, from its manifest; null for components that only
     *     run in this process (the built-in ones and those registered in code)
     */
    record Found(Component component, String tag, String origin, ContainerSpec container) {
        /** A component that runs only in this process. */
        public Found(Component component, String tag, String origin) {
            this(component, tag, origin, null);
        }
    }

    /**
     * @param owner the user running the job: their own components, then public ones, are visible
     * @return the component, or null when there is none with that tag
     */
    Found find(ComponentRole kind, String tag, String owner);
}
