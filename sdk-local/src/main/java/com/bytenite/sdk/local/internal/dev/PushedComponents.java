package com.bytenite.sdk.local.internal.dev;

import com.bytenite.sdk.local.ComponentRole;
import com.bytenite.sdk.local.executor.ContainerSpec;
import com.bytenite.sdk.local.internal.auth.SecretStore;
import com.bytenite.sdk.local.internal.run.ComponentCatalog;
import com.bytenite.sdk.local.internal.run.SubprocessComponent;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Makes active pushed apps and engines runnable: each runs its entry point as a subprocess, with
 * the secrets its manifest names added as {@code <ID>_ACCESS_KEY} / {@code <ID>_SECRET_KEY}.
 */
public final class PushedComponents implements ComponentCatalog {
    /** Which pushed components this catalog shows: the job owner's own, or public ones. */
    public enum Visibility { OWN, PUBLIC }

    private final ComponentStore store;
    private final SecretStore secrets;
    private final Visibility visibility;

    public PushedComponents(ComponentStore store, SecretStore secrets, Visibility visibility) {
        this.store = store;
        this.secrets = secrets;
        this.visibility = visibility;
    }

    @Override
    public Found find(ComponentRole kind, String tag, String owner) {
        ComponentStore.Kind stored = kind == ComponentRole.APP ? ComponentStore.Kind.APP : ComponentStore.Kind.ENGINE;
        PushedComponent c = visibility == Visibility.OWN ? store.findOwnActive(stored, owner, tag) : store.findPublicActive(stored, owner, tag);
        if (c == null || (kind != ComponentRole.APP && !c.type().equalsIgnoreCase(kind.name()))) {
            return null;
        }
        String container = Manifests.string(Manifests.object(c.manifest(), "platform_config"), "container");
        Map<String, String> secretEnv = secretVariables(c);
        SubprocessComponent component = new SubprocessComponent(c.folder().resolve("app"), c.entrypoint(), secretEnv, container);
        JsonObject requirements = Manifests.object(c.manifest(), "device_requirements");
        ContainerSpec spec = container == null ? null : new ContainerSpec(container, c.folder().resolve("app"), c.entrypoint(), Manifests.string(requirements, "min_cpu"),
                Manifests.string(requirements, "min_memory"), Manifests.strings(requirements, "gpu"), secretEnv, store.login(c.id()));
        return new Found(component, c.tag(), (c.isPublic() ? "public, pushed by " : "pushed by ") + c.owner(), spec);
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
