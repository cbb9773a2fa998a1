package com.bytenite.sdk.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP front over raw requests: tokens, the error envelope, routing. */
class ServerBasicsTest {
    private LocalByteNite local;
    private RawClient raw;

    @BeforeEach
    void start() throws IOException {
        local = LocalByteNite.builder().apiKey("key-for-tests").tokenLifetime(Duration.ofMinutes(5)).start();
        raw = new RawClient(local);
    }

    @AfterEach
    void stop() {
        local.close();
    }

    @Test
    void bindsLoopbackAndExchangesTheKeyForAToken() throws IOException {
        assertThat(local.baseUrl()).startsWith("http://127.0.0.1:");
        JsonObject issued = raw.call("POST", "/v1/auth/access_token", "{\"apiKey\":\"key-for-tests\"}", false).object();
        assertThat(issued.get("expiresIn").getAsString()).isEqualTo("300");
        assertThat(issued.get("scope").getAsString()).isEqualTo("all");
        String token = issued.get("token").getAsString();
        assertThat(raw.callWith(token, "GET", "/v1/customer/info", null).code()).isEqualTo(200);
        assertThat(raw.callWith("Bearer " + token, "GET", "/v1/customer/info", null).code()).as("Bearer scheme accepted too").isEqualTo(200);
    }

    @Test
    void aWrongKeyOrAMissingOrUnknownTokenIs401WithTheEnvelope() throws IOException {
        RawClient.Answer wrongKey = raw.call("POST", "/v1/auth/access_token", "{\"apiKey\":\"nope\"}", false);
        assertThat(wrongKey.code()).isEqualTo(401);
        assertThat(wrongKey.errorDescription()).contains("API key");
        RawClient.Answer missing = raw.callWith(null, "GET", "/v1/customer/jobs", null);
        assertThat(missing.code()).isEqualTo(401);
        assertThat(missing.errorDescription()).contains("missing");
        RawClient.Answer unknown = raw.callWith("made-up", "GET", "/v1/customer/jobs", null);
        assertThat(unknown.code()).isEqualTo(401);
        assertThat(unknown.errorDescription()).contains("unknown access token");
    }

    @Test
    void unknownJobsRoutesAndMethodsHaveTheirStatus() throws IOException {
        RawClient.Answer job = raw.call("GET", "/v1/customer/jobs/no-such-job", null);
        assertThat(job.code()).isEqualTo(404);
        assertThat(job.errorDescription()).contains("no-such-job");
        RawClient.Answer route = raw.call("GET", "/v1/nowhere", null);
        assertThat(route.code()).isEqualTo(404);
        assertThat(route.errorDescription()).contains("no such route");
        RawClient.Answer method = raw.call("PUT", "/v1/customer/jobs", "{}");
        assertThat(method.code()).isEqualTo(405);
        assertThat(method.errorDescription()).contains("PUT");
    }

    @Test
    void badBodiesAre400NamingTheProblem() throws IOException {
        RawClient.Answer truncated = raw.call("POST", "/v1/customer/jobs", "{\"templateId\": ");
        assertThat(truncated.code()).isEqualTo(400);
        assertThat(truncated.errorDescription()).contains("invalid JSON body");
        RawClient.Answer noTemplate = raw.call("POST", "/v1/customer/jobs", "{\"name\": \"no template\"}");
        assertThat(noTemplate.code()).isEqualTo(400);
        assertThat(noTemplate.errorDescription()).contains("templateId");
        assertThat(raw.call("POST", "/v1/customer/jobs", "{\"templateId\": \"unknown-template\"}").code()).isEqualTo(404);
    }
}
