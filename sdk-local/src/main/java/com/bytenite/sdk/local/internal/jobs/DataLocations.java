package com.bytenite.sdk.local.internal.jobs;

import com.bytenite.sdk.local.internal.server.ApiException;
import com.bytenite.sdk.local.internal.server.Bodies;
import com.google.gson.JsonObject;
import java.util.Set;

/** Which data sources and destinations exist, which way they go, and what each needs. */
final class DataLocations {
    static final String HTTP_TYPE = "type.googleapis.com/bytenite.data_source.HttpDataSource";
    static final String FILE_TYPE = "type.googleapis.com/bytenite.data_source.LocalFileDataSource";
    /** Accepted and stored, but they need cloud credentials: a job using one fails at run time. */
    static final Set<String> CLOUD = Set.of("aws", "s3", "gcp", "storj");
    private static final Set<String> SOURCES = Set.of("url", "file", "bypass");
    private static final Set<String> DESTINATIONS = Set.of("bucket", "bypass");

    private DataLocations() {
    }

    /** @return a copy of {@code location} with its params checked; 400 naming the field otherwise */
    static JsonObject source(JsonObject location) {
        String descriptor = descriptor(location, "dataSource");
        if (!SOURCES.contains(descriptor) && !CLOUD.contains(descriptor)) {
            throw ApiException.badRequest("dataSource.dataSourceDescriptor '" + descriptor + "' is not a source: use url, file, bypass, "
                    + "aws, gcp or storj" + ("bucket".equals(descriptor) ? " (bucket is a destination only)" : ""));
        }
        JsonObject copy = location.deepCopy();
        JsonObject params = Bodies.optionalObject(copy, "params");
        if (descriptor.equals("url")) {
            String url = Bodies.optionalString(params, "url");
            if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
                throw ApiException.badRequest("dataSource.params.url must be an http or https URL");
            }
        }
        copy.add("params", params);
        return copy;
    }

    static JsonObject destination(JsonObject location) {
        String descriptor = descriptor(location, "dataDestination");
        if (!DESTINATIONS.contains(descriptor) && !CLOUD.contains(descriptor)) {
            throw ApiException.badRequest("dataDestination.dataSourceDescriptor '" + descriptor + "' is not a destination: use bucket, "
                    + "bypass, aws, gcp or storj" + (SOURCES.contains(descriptor) ? " (" + descriptor + " is a source only)" : ""));
        }
        JsonObject copy = location.deepCopy();
        copy.add("params", Bodies.optionalObject(copy, "params"));
        return copy;
    }

    static String descriptor(JsonObject location, String field) {
        String descriptor = Bodies.optionalString(location, "dataSourceDescriptor");
        if (descriptor == null || descriptor.isBlank()) {
            throw ApiException.badRequest(field + ".dataSourceDescriptor is required");
        }
        return descriptor;
    }
}
