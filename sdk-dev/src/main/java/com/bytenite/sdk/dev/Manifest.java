package com.bytenite.sdk.dev;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A component folder's {@code manifest.json}, read and checked before anything is sent. Keys are
 * read in the docs' snake_case or the capitalised form of public manifests.
 *
 * @param type for engines, {@code partitioner} or {@code assembler}; null for apps
 * @param json the manifest as written
 */
public record Manifest(String name, String version, String entrypoint, String type, JsonObject json) {

    /**
     * This manifest's tag, {@code name@version}.
     *
     * @return the exact tag the push will create or overwrite
     */
    public Tag tag() {
        return Tag.parse(name + "@" + version);
    }

    /**
     * The engine's type from the manifest.
     *
     * @return {@code partitioner} or {@code assembler} for an engine; empty for an app
     */
    public Optional<String> engineType() {
        return Optional.ofNullable(type);
    }

    /**
     * Reads and validates {@code folder/manifest.json}.
     *
     * @param folder the component folder
     * @param kind what the folder must hold; an engine's manifest must also name its {@code type}
     * @return the manifest, once every check passed
     * @throws ManifestException listing every problem with its JSON path
     * @throws UncheckedIOException if the folder cannot be read
     */
    public static Manifest read(Path folder, ComponentKind kind) {
        Path file = folder.resolve("manifest.json");
        if (!Files.isRegularFile(file)) {
            throw new ManifestException(folder.toString(), List.of(new ManifestProblem("$", "manifest.json is missing from the folder")));
        }
        JsonObject json;
        try {
            JsonElement parsed = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
            if (!parsed.isJsonObject()) {
                throw new ManifestException(folder.toString(), List.of(new ManifestProblem("$", "expected a JSON object")));
            }
            json = parsed.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new ManifestException(folder.toString(), List.of(new ManifestProblem("$", "not valid JSON: " + e.getMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<ManifestProblem> problems = new ArrayList<>();
        ManifestRules.check(json, folder, kind, problems);
        if (!problems.isEmpty()) {
            throw new ManifestException(folder.toString(), problems);
        }
        return new Manifest(text(json, "name"), text(json, "version"), text(json, "entrypoint"),
                kind == ComponentKind.ENGINE ? text(json, "type") : null, json);
    }

    static String text(JsonObject o, String documented) {
        JsonElement e = ManifestKeys.get(o, documented);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
    }
}
