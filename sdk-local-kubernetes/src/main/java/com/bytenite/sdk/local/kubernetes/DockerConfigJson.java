package com.bytenite.sdk.local.kubernetes;

import com.bytenite.sdk.local.executor.RegistryLogin;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The {@code .dockerconfigjson} of a {@code kubernetes.io/dockerconfigjson} Secret holding one registry login. */
final class DockerConfigJson {
    private static final String DOCKER_HUB = "https://index.docker.io/v1/";

    private DockerConfigJson() {
    }

    /** The login for the registry that {@code image} is pulled from. */
    static String of(String image, RegistryLogin login) {
        JsonObject entry = new JsonObject();
        entry.addProperty("username", login.username());
        entry.addProperty("password", login.token());
        entry.addProperty("auth", Base64.getEncoder().encodeToString((login.username() + ":" + login.token()).getBytes(StandardCharsets.UTF_8)));
        JsonObject auths = new JsonObject();
        auths.add(registry(image), entry);
        JsonObject root = new JsonObject();
        root.add("auths", auths);
        return root.toString();
    }

    /**
     * The registry an image reference names: its first part when that looks like a host (it has a
     * dot or a port, or is {@code localhost}), else Docker Hub, as Docker decides.
     */
    static String registry(String image) {
        int slash = image.indexOf('/');
        if (slash > 0) {
            String first = image.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
                return first;
            }
        }
        return DOCKER_HUB;
    }
}
