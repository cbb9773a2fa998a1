package com.bytenite.sdk.jobs;

import static com.bytenite.sdk.core.http.Arguments.requireText;

import com.google.gson.JsonObject;
import java.util.Objects;

/**
 * What {@link DataSource} and {@link DataDestination} share: a descriptor ({@code url},
 * {@code bucket}, {@code aws}, …) and its params, written as ByteNite's
 * {@code {"dataSourceDescriptor", "params": {"@type", …}}}.
 */
abstract class StorageLocation {
    static final String HTTP_TYPE = "type.googleapis.com/bytenite.data_source.HttpDataSource";
    static final String LOCAL_FILE_TYPE = "type.googleapis.com/bytenite.data_source.LocalFileDataSource";
    static final String S3_TYPE = "type.googleapis.com/bytenite.data_source.S3DataSource";

    private final String descriptor;
    private final JsonObject params;

    StorageLocation(String descriptor, JsonObject params) {
        this.descriptor = requireText("descriptor", descriptor);
        this.params = params == null ? new JsonObject() : params.deepCopy();
    }

    /**
     * The {@code dataSourceDescriptor}, such as {@code url} or {@code aws}.
     *
     * @return the descriptor, never blank
     */
    public String descriptor() {
        return descriptor;
    }

    /**
     * A copy of the params, {@code @type} included when there is one.
     *
     * @return a deep copy, possibly empty; it may hold a signed URL or other secret values
     */
    public JsonObject params() {
        return params.deepCopy();
    }

    /**
     * The wire form: {@code {"dataSourceDescriptor": …, "params": {…}}}.
     *
     * @return a new object holding copies of the descriptor and params
     */
    public JsonObject toJson() {
        JsonObject o = new JsonObject();
        o.addProperty("dataSourceDescriptor", descriptor);
        o.add("params", params.deepCopy());
        return o;
    }

    static JsonObject typed(String type) {
        JsonObject p = new JsonObject();
        if (type != null) {
            p.addProperty("@type", type);
        }
        return p;
    }

    /** {@code @type} (when given) followed by a copy of {@code extra}. */
    static JsonObject typed(String type, JsonObject extra) {
        JsonObject p = typed(type);
        if (extra != null) {
            extra.entrySet().forEach(e -> p.add(e.getKey(), e.getValue().deepCopy()));
        }
        return p;
    }

    /** Object storage params as every ByteNite example writes them (snake_case {@code secret_id}). */
    static JsonObject bucket(String bucketName, String objectOrFolder, String region, String secretId) {
        JsonObject p = typed(S3_TYPE);
        p.addProperty("name", requireText("objectOrFolder", objectOrFolder));
        p.addProperty("bucketName", requireText("bucketName", bucketName));
        p.addProperty("cloudRegion", requireText("region", region));
        p.addProperty("secret_id", requireText("secretId", secretId));
        return p;
    }


    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass()
                && ((StorageLocation) o).descriptor.equals(descriptor) && ((StorageLocation) o).params.equals(params);
    }

    @Override
    public int hashCode() {
        return Objects.hash(descriptor, params);
    }

    /**
     * Descriptor and param names only: values may be signed URLs or other secrets, so the only
     * values printed are the bucket-like identifiers and a URL without its query string.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(getClass().getSimpleName()).append('{').append(descriptor);
        for (String key : params.keySet()) {
            if (key.equals("@type")) {
                continue;
            }
            sb.append(", ").append(key).append('=');
            var value = params.get(key);
            if (value.isJsonPrimitive() && (key.equals("bucketName") || key.equals("cloudRegion") || key.equals("name")
                    || key.equals("secret_id"))) {
                sb.append(value.getAsString());
            } else if (value.isJsonPrimitive() && key.toLowerCase(java.util.Locale.ROOT).contains("url")) {
                String url = value.getAsString();
                int q = url.indexOf('?');
                sb.append(q < 0 ? url : url.substring(0, q) + "?[REDACTED]");
            } else {
                sb.append("[REDACTED]");
            }
        }
        return sb.append('}').toString();
    }
}
