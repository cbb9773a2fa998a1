package com.bytenite.sdk.dev;

/**
 * One thing wrong with a manifest.
 *
 * @param path where, as a JSON path such as {@code $.platform_config.container}
 */
public record ManifestProblem(String path, String message) {
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
