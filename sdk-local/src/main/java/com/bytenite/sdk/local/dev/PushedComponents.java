package com.bytenite.sdk.local.dev;

import com.bytenite.sdk.local.auth.SecretStore;
import com.bytenite.sdk.local.run.Component;
import com.bytenite.sdk.local.run.ComponentCatalog;
import com.bytenite.sdk.local.run.SubprocessComponent;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Makes active pushed apps and engines runnable: each runs its entry point as a subprocess, with
 * the secrets its manifest names added as {@code <ID>_ACCESS_KEY} / {@code <ID>_SECRET_KEY}.
 */
public final class PushedComponents implements ComponentCatalog {
    private final ComponentStore store;
    private final SecretStore secrets;

    public PushedComponents(ComponentStore store, SecretStore secrets) {
        this.store = store;
        this.secrets = secrets;
    }

    @Override
    public Component find(Kind kind, String tag, String owner) {
        PushedComponent c = kind == Kind.APP
                ? store.find(ComponentStore.Kind.APP, owner, tag, true)
                : store.find(ComponentStore.Kind.ENGINE, owner, tag, true);
        if (c == null || (kind != Kind.APP && !c.type().equalsIgnoreCase(kind.name()))) {
            return null;
        }
        return new SubprocessComponent(c.folder().resolve("app"), c.entrypoint(), secretVariables(c));
    }

    private Map<String, String> secretVariables(PushedComponent c) {
        Map<String, String> env = new LinkedHashMap<>();
        for (String id : c.secrets()) {
            SecretStore.Secret s = secrets.find(c.owner(), id);
            if (s == null) {
                continue;
            }
            String prefix = id.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
            if (s.accessKey() != null) {
                env.put(prefix + "_ACCESS_KEY", s.accessKey());
                env.put(prefix + "_SECRET_KEY", s.secretKey() == null ? "" : s.secretKey());
            } else {
                env.put(prefix, s.secretKey() == null ? "" : s.secretKey());
            }
        }
        return env;
    }
}
