package com.bytenite.sdk.local.run;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Components registered in process by tag, visible to every user: the server's built-ins and the
 * Java components a test or an application registers at start.
 */
public final class RegisteredComponents implements ComponentCatalog {
    private final Map<String, Component> byKey = new ConcurrentHashMap<>();

    public RegisteredComponents register(Kind kind, String name, Component component) {
        byKey.put(kind + ":" + name, component);
        return this;
    }

    /** Matches {@code name}, ignoring any {@code @version} in the tag: in-process components have one version. */
    @Override
    public Component find(Kind kind, String tag, String owner) {
        int at = tag.indexOf('@');
        return byKey.get(kind + ":" + (at < 0 ? tag : tag.substring(0, at)));
    }
}
