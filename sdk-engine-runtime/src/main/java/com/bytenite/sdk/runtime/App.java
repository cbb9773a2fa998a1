package com.bytenite.sdk.runtime;

/** Your app: the logic of one task. */
@FunctionalInterface
public interface App {
    void run(AppContext task) throws Exception;
}
