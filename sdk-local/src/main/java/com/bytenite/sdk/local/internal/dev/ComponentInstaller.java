package com.bytenite.sdk.local.internal.dev;

import com.bytenite.sdk.local.executor.RegistryLogin;
import com.bytenite.sdk.local.internal.files.ContainedPath;
import com.bytenite.sdk.local.internal.files.FileStore;
import com.bytenite.sdk.local.internal.server.ApiException;
import com.bytenite.sdk.local.internal.server.Identifiers;
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
 * Checks a component folder's manifest and files it in the store, replacing the same version: the
 * common end of a Dev API push and of a folder given at start.
 */
public final class ComponentInstaller {
    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)");
    private static final Set<String> ENGINE_TYPES = Set.of("partitioner", "assembler");

    private final ComponentStore store;
    private final Path root;
    private final Clock clock;

    public ComponentInstaller(ComponentStore store, Path root, Clock clock) {
        this.store = store;
        this.root = root;
        this.clock = clock;
    }

    /** A fresh folder to unpack or copy a component into before {@link #install}. */
    Path staging() throws IOException {
        return Files.createDirectories(root.resolve("staging")).resolve(UUID.randomUUID().toString());
    }

    /**
     * Moves {@code staged} into the store as {@code owner}'s component.
     *
     * @throws ApiException 400 naming the manifest problem
     */
    PushedComponent install(ComponentStore.Kind kind, String owner, Path staged, boolean active) throws IOException {
        JsonObject manifest = Manifests.read(staged);
        RegistryLogin login = Manifests.registryLogin(manifest);
        Manifests.dropRegistryToken(manifest, staged);
        String name = Identifiers.require(Manifests.required(manifest, "name"), "manifest.json: name");
        Matcher version = VERSION.matcher(Manifests.required(manifest, "version"));
        if (!version.matches()) {
            throw ApiException.badRequest("manifest.json: version must be major.minor, such as 1.0");
        }
        String entrypoint = Manifests.required(manifest, "entrypoint");
        Path entry = staged.resolve("app").resolve(entrypoint).normalize();
        if (!entry.startsWith(staged.resolve("app")) || !Files.isRegularFile(entry)) {
            throw ApiException.badRequest("manifest.json: entrypoint " + entrypoint + " is not a file under app/");
        }
        String type = kind == ComponentStore.Kind.APP ? "app" : Manifests.required(manifest, "type");
        if (kind == ComponentStore.Kind.ENGINE && !ENGINE_TYPES.contains(type)) {
            throw ApiException.badRequest("manifest.json: type must be partitioner or assembler, was '" + type + "'");
        }
        int major = Integer.parseInt(version.group(1));
        int minor = Integer.parseInt(version.group(2));
        String plural = kind == ComponentStore.Kind.APP ? "apps" : "engines";
        Path folder = ContainedPath.resolve(root, plural, owner, name, major + "." + minor);
        FileStore.deleteTree(folder);
        Files.createDirectories(folder.getParent());
        Files.move(staged, folder);
        Instant now = clock.instant();
        PushedComponent previous = store.find(kind, owner, name + "@" + major + "." + minor, false);
        PushedComponent installed = new PushedComponent(UUID.randomUUID().toString(), owner, type, name, major, minor, entrypoint,
                Manifests.strings(Manifests.object(manifest, "platform_config"), "secrets"), manifest, folder, active, false,
                previous != null && previous.owner().equals(owner) ? previous.createdAt() : now, now);
        store.rememberLogin(installed.id(), login);
        store.put(kind, installed);
        return installed;
    }

    /** Installs a folder from this machine, active at once (folders given at start). */
    public PushedComponent installFolder(ComponentStore.Kind kind, String owner, Path source) throws IOException {
        Path staged = staging();
        try {
            try (var files = Files.walk(source)) {
                for (Path p : files.toList()) {
                    Path target = staged.resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(p, target);
                    }
                }
            }
            return install(kind, owner, staged, true);
        } finally {
            FileStore.deleteTree(staged);
        }
    }
}
