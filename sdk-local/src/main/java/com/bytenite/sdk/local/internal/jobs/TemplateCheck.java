package com.bytenite.sdk.local.internal.jobs;

/** Checks, when a job is created, that the components its template names can be found for its owner. */
@FunctionalInterface
public interface TemplateCheck {
    /** @throws com.bytenite.sdk.local.internal.server.ApiException naming the component when it cannot */
    void check(Template template, String owner);
}
