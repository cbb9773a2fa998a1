package com.bytenite.sdk.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.time.Duration;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP front over raw requests: tokens, the error envelope, routing. */
class ServerBasicsTest {
    private static final MediaType JSON = MediaType.get("application/json");

    private LocalByteNite local;
    private final OkHttpClient http = new OkHttpClient();

    @BeforeEach
    void start() throws IOException {
        local = LocalByteNite.builder().apiKey("key-for-tests").tokenLifetime(Duration.ofMinutes(5)).start();
    }

    @AfterEach
    void stop() {
        local.close();
    }

    private Response call(String method, String path, String token, String body) throws IOException {
        Request.Builder b = new Request.Builder().url(local.baseUrl() + path)
                .method(method, body == null ? null : RequestBody.create(body, JSON));
        if (token != null) {
            b.header("Authorization", token);
        }
        return http.newCall(b.build()).execute();
    }

    private String token() throws IOException {
        try (Response r = call("POST", "/v1/auth/access_token", null, "{\"apiKey\":\"key-for-tests\"}")) {
            assertThat(r.code()).isEqualTo(200);
            JsonObject o = JsonParser.parseString(r.body().string()).getAsJsonObject();
            assertThat(o.get("expiresIn").getAsString()).isEqualTo("300");
            assertThat(o.get("scope").getAsString()).isEqualTo("all");
            return o.get("token").getAsString();
        }
    }

    private static JsonObject envelope(Response r) throws IOException {
        JsonObject o = JsonParser.parseString(r.body().string()).getAsJsonObject();
        assertThat(o.get("ok").getAsBoolean()).isFalse();
        assertThat(o.get("requestId").getAsString()).isEqualTo(r.header("X-Request-Id")).startsWith("local-");
        assertThat(o.getAsJsonObject("error").get("code").getAsInt()).isEqualTo(r.code());
        return o;
    }

    @Test
    void bindsLoopbackAndExchangesTheKeyForAToken() throws IOException {
        assertThat(local.baseUrl()).startsWith("http://127.0.0.1:");
        String token = token();
        try (Response r = call("GET", "/v1/customer/info", token, null)) {
            assertThat(r.code()).isEqualTo(200);
        }
        try (Response r = call("GET", "/v1/customer/info", "Bearer " + token, null)) {
            assertThat(r.code()).as("Bearer scheme accepted too").isEqualTo(200);
        }
    }

    @Test
    void aWrongKeyOrAMissingOrUnknownTokenIs401WithTheEnvelope() throws IOException {
        try (Response r = call("POST", "/v1/auth/access_token", null, "{\"apiKey\":\"nope\"}")) {
            assertThat(r.code()).isEqualTo(401);
            assertThat(envelope(r).getAsJsonObject("error").get("description").getAsString()).contains("API key");
        }
        try (Response r = call("GET", "/v1/customer/jobs", null, null)) {
            assertThat(r.code()).isEqualTo(401);
            assertThat(envelope(r).getAsJsonObject("error").get("description").getAsString()).contains("missing");
        }
        try (Response r = call("GET", "/v1/customer/jobs", "made-up", null)) {
            assertThat(r.code()).isEqualTo(401);
            envelope(r);
        }
    }

    @Test
    void unknownJobsRoutesAndMethodsHaveTheirStatus() throws IOException {
        String token = token();
        try (Response r = call("GET", "/v1/customer/jobs/no-such-job", token, null)) {
            assertThat(r.code()).isEqualTo(404);
            assertThat(envelope(r).getAsJsonObject("error").get("description").getAsString()).contains("no-such-job");
        }
        try (Response r = call("GET", "/v1/nowhere", token, null)) {
            assertThat(r.code()).isEqualTo(404);
            envelope(r);
        }
        try (Response r = call("PUT", "/v1/customer/jobs", token, "{}")) {
            assertThat(r.code()).isEqualTo(405);
            envelope(r);
        }
    }

    @Test
    void badBodiesAre400NamingTheProblem() throws IOException {
        String token = token();
        try (Response r = call("POST", "/v1/customer/jobs", token, "{\"templateId\": ")) {
            assertThat(r.code()).isEqualTo(400);
            assertThat(envelope(r).getAsJsonObject("error").get("description").getAsString()).contains("invalid JSON body");
        }
        try (Response r = call("POST", "/v1/customer/jobs", token, "{\"name\": \"no template\"}")) {
            assertThat(r.code()).isEqualTo(400);
            assertThat(envelope(r).getAsJsonObject("error").get("description").getAsString()).contains("templateId");
        }
        try (Response r = call("POST", "/v1/customer/jobs", token, "{\"templateId\": \"unknown-template\"}")) {
            assertThat(r.code()).isEqualTo(404);
            envelope(r);
        }
    }
}
