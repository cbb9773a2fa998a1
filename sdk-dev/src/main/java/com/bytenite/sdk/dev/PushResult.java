package com.bytenite.sdk.dev;

import java.util.Optional;

/** What a folder push did: the component as the server now describes it, and its template if one was pushed too. */
public record PushResult(ComponentInfo component, Template template) {
    /**
     * The template pushed with the folder.
     *
     * @return the folder's {@code template.json}, or empty when the folder had none
     */
    public Optional<Template> pushedTemplate() {
        return Optional.ofNullable(template);
    }
}
