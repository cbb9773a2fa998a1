package com.bytenite.sdk.local.internal.jobs;

import com.bytenite.sdk.local.internal.server.ApiException;
import com.bytenite.sdk.local.internal.server.ApiRequest;
import com.bytenite.sdk.local.internal.server.ApiResponse;
import com.bytenite.sdk.local.internal.server.Bodies;
import com.bytenite.sdk.local.internal.server.Router;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * {@code POST /v1/customer/datasource/test}: checks that a {@code url} source can be read (a HEAD
 * request) and describes it as a one-file tree. Other descriptors have nothing to reach locally.
 */
public final class SourceCheckRoutes {
    private final HttpClient http;

    public SourceCheckRoutes(HttpClient http) {
        this.http = http;
    }

    public void register(Router router) {
        router.add("POST", "/v1/customer/datasource/test", this::test);
    }

    private ApiResponse test(ApiRequest r) throws IOException, InterruptedException {
        JsonObject source = DataLocations.source(Bodies.optionalObject(r.jsonObject(), "dataSource"));
        String descriptor = source.get("dataSourceDescriptor").getAsString();
        if (!descriptor.equals("url")) {
            throw ApiException.badRequest("only url data sources can be tested on Local ByteNite; '" + descriptor + "' has nothing to reach");
        }
        String url = source.getAsJsonObject("params").get("url").getAsString();
        HttpResponse<Void> head;
        try {
            head = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                            .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException | IllegalArgumentException e) {
            throw ApiException.badRequest("the data source cannot be reached: " + e.getMessage());
        }
        if (head.statusCode() / 100 != 2) {
            throw ApiException.badRequest("the data source answered HTTP " + head.statusCode());
        }
        String path = URI.create(url).getPath();
        String name = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        String size = head.headers().firstValue("Content-Length").orElse("");
        JsonObject file = new JsonObject();
        file.addProperty("id", name);
        file.addProperty("name", name);
        file.addProperty("path", path);
        file.addProperty("size", size);
        JsonArray files = new JsonArray();
        files.add(file);
        JsonObject tree = new JsonObject();
        tree.addProperty("name", "");
        tree.addProperty("path", "/");
        tree.add("directories", new JsonArray());
        tree.add("files", files);
        JsonObject properties = new JsonObject();
        head.headers().firstValue("Content-Type").ifPresent(t -> properties.addProperty("contentType", t));
        JsonObject o = new JsonObject();
        o.addProperty("filename", name);
        o.addProperty("path", path);
        o.addProperty("size", size);
        o.add("properties", properties);
        o.add("files", tree);
        return ApiResponse.json(o);
    }
}
