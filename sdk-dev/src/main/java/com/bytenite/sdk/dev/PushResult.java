package com.bytenite.sdk.dev;

import java.util.Optional;

/** What a folder push did: the component as the server now describes it, and its template if one was pushed too. */
public record PushResult(ComponentInfo component, Template template) {
    public Optional<Template> pushedTemplate() {
        return Optional.ofNullable(template);
    }
}
