package com.bytenite.sdk.local.internal.run;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Fetches a {@code url} data source into the job's source folder, streaming. One client serves the
 * whole server (the data source check too): a JDK client holds a thread and descriptors until it
 * is collected, so one per job made them grow with the number of jobs.
 */
public final class SourceFetcher {
    private final HttpClient http;

    public SourceFetcher() {
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** The shared client, for other reads of users' URLs (the data source check). */
    public HttpClient client() {
        return http;
    }

    Path fetch(String url, Path sourceDir) throws JobFailure, InterruptedException {
        try {
            Files.createDirectories(sourceDir);
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() / 100 != 2) {
                    throw new JobFailure("fetching the data source failed: HTTP " + response.statusCode() + " from " + redact(url));
                }
                Path target = sourceDir.resolve(fileName(url));
                Files.copy(body, target, StandardCopyOption.REPLACE_EXISTING);
                return target;
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new JobFailure("fetching the data source " + redact(url) + " failed: " + e.getMessage(), e);
        }
    }

    /** The URL's last path segment when it is a plain name, else {@code source.bin}. */
    static String fileName(String url) {
        String path = URI.create(url).getPath();
        String last = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        return last.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,200}") && !last.contains("..") ? last : "source.bin";
    }

    /** Signed URLs carry credentials in the query: never repeat it. */
    static String redact(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q) + "?…";
    }
}
