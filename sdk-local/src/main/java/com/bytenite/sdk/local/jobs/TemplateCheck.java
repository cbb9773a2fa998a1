package com.bytenite.sdk.local.jobs;

/** Checks, when a job is created, that the components its template names can be found for its owner. */
@FunctionalInterface
public interface TemplateCheck {
    /** @throws com.bytenite.sdk.local.server.ApiException naming the component when it cannot */
    void check(Template template, String owner);
}
