package com.bytenite.sdk.local.dev;

import com.bytenite.sdk.local.files.FileStore;
import com.bytenite.sdk.local.server.ApiException;
import com.bytenite.sdk.local.server.ApiRequest;
import com.bytenite.sdk.local.server.ApiResponse;
import com.bytenite.sdk.local.server.Bodies;
import com.bytenite.sdk.local.server.PageWindow;
import com.bytenite.sdk.local.server.Router;
import com.bytenite.sdk.local.server.ServerJson;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Dev API's apps or engines (one instance each): push a folder, list, get by tag, status,
 * activate, deactivate, download. A pushed component is inactive until activated; only active
 * ones run in jobs.
 */
public final class ComponentRoutes {
    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    private static final Set<String> ENGINE_TYPES = Set.of("partitioner", "assembler");

    private final ComponentStore.Kind kind;
    private final ComponentStore store;
    private final Path root;
    private final Clock clock;
    /** {@code apps} or {@code engines}: the path segment and the list's array name. */
    private final String plural;
    /** {@code app} or {@code engine}. */
    private final String singular;

    public ComponentRoutes(ComponentStore.Kind kind, ComponentStore store, Path root, Clock clock) {
        this.kind = kind;
        this.store = store;
        this.root = root;
        this.clock = clock;
        this.singular = kind == ComponentStore.Kind.APP ? "app" : "engine";
        this.plural = singular + "s";
    }

    public void register(Router router) {
        String base = "/v1/dev/" + plural;
        router.add("GET", base, this::list)
                .add("POST", base, this::push)
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
        Path staging = Files.createDirectories(root.resolve("staging")).resolve(UUID.randomUUID().toString());
        try {
            PushedArchive.unpack(data, staging);
            JsonObject manifest = Manifests.read(staging);
            String name = Manifests.required(manifest, "name");
            if (!NAME.matcher(name).matches()) {
                throw ApiException.badRequest("manifest.json: name '" + name + "' must be letters, digits, '.', '_' or '-'");
            }
            Matcher version = VERSION.matcher(Manifests.required(manifest, "version"));
            if (!version.matches()) {
                throw ApiException.badRequest("manifest.json: version must be major.minor, such as 1.0");
            }
            String entrypoint = Manifests.required(manifest, "entrypoint");
            Path entry = staging.resolve("app").resolve(entrypoint).normalize();
            if (!entry.startsWith(staging.resolve("app")) || !Files.isRegularFile(entry)) {
                throw ApiException.badRequest("manifest.json: entrypoint " + entrypoint + " is not a file under app/");
            }
            String type = kind == ComponentStore.Kind.APP ? "app" : Manifests.required(manifest, "type");
            if (kind == ComponentStore.Kind.ENGINE && !ENGINE_TYPES.contains(type)) {
                throw ApiException.badRequest("manifest.json: type must be partitioner or assembler, was '" + type + "'");
            }
            int major = Integer.parseInt(version.group(1));
            int minor = Integer.parseInt(version.group(2));
            Path folder = root.resolve(plural).resolve(r.principal()).resolve(name).resolve(major + "." + minor);
            FileStore.deleteTree(folder);
            Files.createDirectories(folder.getParent());
            Files.move(staging, folder);
            Instant now = clock.instant();
            PushedComponent previous = store.find(kind, r.principal(), name + "@" + major + "." + minor, false);
            PushedComponent pushed = new PushedComponent(UUID.randomUUID().toString(), r.principal(), type, name, major, minor, entrypoint,
                    Manifests.strings(Manifests.object(manifest, "platform_config"), "secrets"), manifest, folder, false, false,
                    previous != null && previous.owner().equals(r.principal()) ? previous.createdAt() : now, now);
            store.put(kind, pushed);
            return ApiResponse.json(render(pushed));
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
        // The registry token is a credential: stored, never shown.
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
