package com.bytenite.sdk.dev;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The checks a manifest must pass before a push; each problem names its JSON path. */
final class ManifestRules {
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    private static final Pattern VERSION = Pattern.compile("\\d{1,9}\\.\\d{1,9}");
    private static final Set<String> ENGINE_TYPES = Set.of("partitioner", "assembler");

    private ManifestRules() {
    }

    static void check(JsonObject m, Path folder, ComponentKind kind, List<ManifestProblem> problems) {
        String name = Manifest.text(m, "name");
        if (name == null || name.isBlank()) {
            problems.add(new ManifestProblem(path(m, "name"), "is required"));
        } else if (!SAFE_NAME.matcher(name).matches() || name.contains("..")) {
            problems.add(new ManifestProblem(path(m, "name"), "'" + name + "' must be letters, digits, '.', '_' or '-' (up to 64)"));
        }
        String version = Manifest.text(m, "version");
        if (version == null || !VERSION.matcher(version).matches()) {
            problems.add(new ManifestProblem(path(m, "version"), "expected \"major.minor\", such as \"1.0\", but was " + quoted(version)));
        }
        String platform = Manifest.text(m, "platform");
        if (!"docker".equalsIgnoreCase(platform)) {
            problems.add(new ManifestProblem(path(m, "platform"), "expected \"docker\" but was " + quoted(platform)));
        }
        checkEntrypoint(m, folder, problems);
        checkPlatformConfig(m, problems);
        checkDevice(m, problems);
        if (kind == ComponentKind.ENGINE) {
            String type = Manifest.text(m, "type");
            if (type == null || !ENGINE_TYPES.contains(type)) {
                problems.add(new ManifestProblem(path(m, "type"), "an engine needs \"partitioner\" or \"assembler\" but was " + quoted(type)));
            }
        }
    }

    private static void checkEntrypoint(JsonObject m, Path folder, List<ManifestProblem> problems) {
        String entrypoint = Manifest.text(m, "entrypoint");
        if (entrypoint == null || entrypoint.isBlank()) {
            problems.add(new ManifestProblem(path(m, "entrypoint"), "is required (a file under app/, such as main.py)"));
            return;
        }
        Path app = folder.resolve("app").normalize();
        Path file = app.resolve(entrypoint).normalize();
        if (!file.startsWith(app) || !Files.isRegularFile(file)) {
            problems.add(new ManifestProblem(path(m, "entrypoint"), "app/" + entrypoint + " does not exist in the folder"));
        }
    }

    private static void checkPlatformConfig(JsonObject m, List<ManifestProblem> problems) {
        JsonObject pc = object(m, "platform_config");
        String at = path(m, "platform_config");
        if (pc == null) {
            problems.add(new ManifestProblem(at, "is required, with the container image"));
            return;
        }
        String container = Manifest.text(pc, "container");
        if (container == null || container.isBlank()) {
            problems.add(new ManifestProblem(at + "." + key(pc, "container"), "the container image is required, such as \"python:3.12\""));
        }
        JsonElement privateImage = ManifestKeys.get(pc, "private_image");
        if (privateImage != null && privateImage.isJsonPrimitive() && "true".equalsIgnoreCase(privateImage.getAsString())) {
            for (String credential : new String[] {"username", "token"}) {
                String value = Manifest.text(pc, credential);
                if (value == null || value.isBlank()) {
                    problems.add(new ManifestProblem(at + "." + key(pc, credential), "a private image needs registry credentials: "
                            + credential + " is required"));
                }
            }
        }
    }

    private static void checkDevice(JsonObject m, List<ManifestProblem> problems) {
        JsonObject dr = object(m, "device_requirements");
        String at = path(m, "device_requirements");
        if (dr == null) {
            problems.add(new ManifestProblem(at, "is required, with min_cpu and min_memory"));
            return;
        }
        for (String field : new String[] {"min_cpu", "min_memory"}) {
            JsonElement e = ManifestKeys.get(dr, field);
            double value;
            try {
                value = e == null || !e.isJsonPrimitive() ? Double.NaN : Double.parseDouble(e.getAsString());
            } catch (NumberFormatException ex) {
                value = Double.NaN;
            }
            if (!(value > 0)) {
                problems.add(new ManifestProblem(at + "." + key(dr, field), "expected a positive number but was "
                        + (e == null ? "absent" : e.toString())));
            }
        }
    }

    private static JsonObject object(JsonObject o, String documented) {
        JsonElement e = ManifestKeys.get(o, documented);
        return e != null && e.isJsonObject() ? e.getAsJsonObject() : null;
    }

    /** {@code $.<key as written, or as documented when absent>}. */
    private static String path(JsonObject o, String documented) {
        return "$." + key(o, documented);
    }

    private static String key(JsonObject o, String documented) {
        String found = ManifestKeys.find(o, documented);
        return found != null ? found : documented;
    }

    private static String quoted(String s) {
        return s == null ? "absent" : "\"" + s + "\"";
    }
}
