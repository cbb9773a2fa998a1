package com.bytenite.sdk.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Plain HTTP calls to a Local ByteNite, for checking the wire without the SDK's facades. */
final class RawClient {
    private static final MediaType JSON = MediaType.get("application/json");

    /** A status and a parsed JSON body. */
    record Answer(int code, String requestIdHeader, JsonElement body) {
        JsonObject object() {
            return body.getAsJsonObject();
        }

        /** The error envelope's description, after checking the envelope's shape. */
        String errorDescription() {
            JsonObject o = object();
            assertThat(o.get("ok").getAsBoolean()).isFalse();
            assertThat(o.get("requestId").getAsString()).isEqualTo(requestIdHeader).startsWith("local-");
            assertThat(o.getAsJsonObject("error").get("code").getAsInt()).isEqualTo(code);
            return o.getAsJsonObject("error").get("description").getAsString();
        }
    }

    private final OkHttpClient http = new OkHttpClient();
    private final String baseUrl;
    private final String apiKey;
    private String token;

    RawClient(LocalByteNite local) {
        this(local.baseUrl(), local.apiKey());
    }

    /** For a server this test does not hold as an object (one in another process). */
    RawClient(String baseUrl, String apiKey) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    Answer call(String method, String path, String body) throws IOException {
        return call(method, path, body, true);
    }

    Answer call(String method, String path, String body, boolean authenticated) throws IOException {
        return callWith(authenticated ? token() : null, method, path, body);
    }

    /** With exactly this {@code Authorization} header (none when null). */
    Answer callWith(String authorization, String method, String path, String body) throws IOException {
        Request.Builder b = new Request.Builder().url(baseUrl + path)
                .method(method, body == null ? null : RequestBody.create(body, JSON));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        try (Response r = http.newCall(b.build()).execute()) {
            String text = r.body().string();
            return new Answer(r.code(), r.header("X-Request-Id"), text.isEmpty() ? null : JsonParser.parseString(text));
        }
    }

    String token() throws IOException {
        if (token == null) {
            Answer a = call("POST", "/v1/auth/access_token", "{\"apiKey\":\"" + apiKey + "\"}", false);
            assertThat(a.code()).isEqualTo(200);
            token = a.object().get("token").getAsString();
        }
        return token;
    }
}
