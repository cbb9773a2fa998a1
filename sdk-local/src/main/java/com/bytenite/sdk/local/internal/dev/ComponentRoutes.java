package com.bytenite.sdk.local.internal.dev;

import com.bytenite.sdk.core.archive.ArchiveLimits;
import com.bytenite.sdk.local.internal.files.FileStore;
import com.bytenite.sdk.local.internal.server.ApiException;
import com.bytenite.sdk.local.internal.server.ApiRequest;
import com.bytenite.sdk.local.internal.server.ApiResponse;
import com.bytenite.sdk.local.internal.server.Bodies;
import com.bytenite.sdk.local.internal.server.BodyLimits;
import com.bytenite.sdk.local.internal.server.PageWindow;
import com.bytenite.sdk.local.internal.server.Router;
import com.bytenite.sdk.local.internal.server.ServerJson;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The Dev API's apps or engines (one instance each): push a folder, list, get by tag, status,
 * activate, deactivate, download. A pushed component is inactive until activated; only active
 * ones run in jobs.
 */
public final class ComponentRoutes {
    private final ComponentStore.Kind kind;
    private final ComponentStore store;
    private final ComponentInstaller installer;
    private final Clock clock;
    private final ArchiveLimits archiveLimits;
    /** {@code apps} or {@code engines}: the path segment and the list's array name. */
    private final String plural;
    /** {@code app} or {@code engine}. */
    private final String singular;

    public ComponentRoutes(ComponentStore.Kind kind, ComponentStore store, ComponentInstaller installer, Clock clock,
            ArchiveLimits archiveLimits) {
        this.kind = kind;
        this.archiveLimits = archiveLimits;
        this.store = store;
        this.installer = installer;
        this.clock = clock;
        this.singular = kind == ComponentStore.Kind.APP ? "app" : "engine";
        this.plural = singular + "s";
    }

    public void register(Router router) {
        String base = "/v1/dev/" + plural;
        router.add("GET", base, this::list)
                .add("POST", base, this::push, Router.Access.TOKEN, BodyLimits.Kind.ARCHIVE)
                .add("GET", base + "/{tag}", r -> ApiResponse.json(wrapped(store.resolve(kind, r.principal(), r.pathParam("tag")))))
                .add("GET", base + "/{tag}/status", r -> ApiResponse.json(status(store.resolve(kind, r.principal(), r.pathParam("tag")), false)))
                .add("POST", base + "/{tag}/activate", r -> setActive(r, true))
                .add("POST", base + "/{tag}/deactivate", r -> setActive(r, false))
                .add("GET", base + "/{tag}/download", r -> ApiResponse.json(status(store.resolve(kind, r.principal(), r.pathParam("tag")), true)));
    }

    private ApiResponse list(ApiRequest r) {
        boolean publicOnly = "true".equalsIgnoreCase(r.query("isPublic"));
        return ApiResponse.json(PageWindow.page(r, plural, store.list(kind, r.principal(), publicOnly, r.query("orderBy")), this::render));
    }

    private ApiResponse push(ApiRequest r) throws IOException {
        String data = Bodies.requiredString(r.jsonObject(), "data");
        Path staging = installer.staging();
        try {
            PushedArchive.unpack(data, staging, archiveLimits);
            return ApiResponse.json(render(installer.install(kind, r.principal(), staging, false)));
        } finally {
            FileStore.deleteTree(staging);
        }
    }

    private ApiResponse setActive(ApiRequest r, boolean active) {
        PushedComponent c = store.resolve(kind, r.principal(), r.pathParam("tag"));
        if (!c.owner().equals(r.principal())) {
            throw new ApiException(403, "Permission Denied", singular + " " + c.tag() + " belongs to " + c.owner());
        }
        PushedComponent changed = c.withActive(active, clock.instant());
        store.put(kind, changed);
        return ApiResponse.json(status(changed, false));
    }

    private JsonObject wrapped(PushedComponent c) {
        if (kind == ComponentStore.Kind.ENGINE) {
            return render(c);
        }
        JsonObject o = new JsonObject();
        o.add("app", render(c));
        return o;
    }

    /** The status / activate / download answer: {@code {"<kind>Id", "<kind>Tag", "<kind>Data", "<kind>Link", "<kind>Status"}}. */
    private JsonObject status(PushedComponent c, boolean withData) {
        JsonObject o = new JsonObject();
        o.addProperty(singular + "Id", c.id());
        o.addProperty(singular + "Tag", c.tag());
        if (withData) {
            try {
                o.addProperty(singular + "Data", PushedArchive.pack(c.folder()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        o.addProperty(singular + "Status", c.active() ? "active" : "inactive");
        return o;
    }

    private JsonObject render(PushedComponent c) {
        JsonObject m = c.manifest();
        JsonObject o = new JsonObject();
        o.addProperty("id", c.id());
        o.addProperty("name", c.name());
        o.addProperty("version", c.version());
        o.addProperty("owner", c.owner());
        if (kind == ComponentStore.Kind.ENGINE) {
            o.addProperty("type", c.type());
        }
        o.addProperty("status", c.active() ? "active" : "inactive");
        ServerJson.putString(o, "description", Manifests.string(m, "description"));
        o.addProperty("entrypoint", c.entrypoint());
        ServerJson.putString(o, "platform", Manifests.string(m, "platform"));
        JsonObject pc = Manifests.object(m, "platform_config");
        JsonObject platformConfig = new JsonObject();
        ServerJson.putString(platformConfig, "container", Manifests.string(pc, "container"));
        platformConfig.addProperty("privateImage", "true".equalsIgnoreCase(Manifests.string(pc, "private_image")));
        ServerJson.putString(platformConfig, "username", Manifests.string(pc, "username"));
        com.google.gson.JsonArray secrets = new com.google.gson.JsonArray();
        c.secrets().forEach(secrets::add);
        platformConfig.add("secrets", secrets);
        // No registry token: it is dropped at push (see Manifests.dropRegistryToken).
        o.add("platformConfig", platformConfig);
        JsonObject dr = Manifests.object(m, "device_requirements");
        JsonObject requirements = new JsonObject();
        ServerJson.putString(requirements, "minCpu", Manifests.string(dr, "min_cpu"));
        ServerJson.putString(requirements, "minMemory", Manifests.string(dr, "min_memory"));
        o.add("deviceRequirements", requirements);
        o.addProperty("isPublic", c.isPublic());
        ServerJson.putTime(o, "createdAt", c.createdAt());
        ServerJson.putTime(o, "updatedAt", c.updatedAt());
        return o;
    }
}
