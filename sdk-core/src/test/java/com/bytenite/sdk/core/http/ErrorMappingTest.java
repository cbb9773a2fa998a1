package com.bytenite.sdk.core.http;

import static com.bytenite.sdk.core.testing.TestServers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.RetrySettings;
import com.bytenite.sdk.core.errors.AuthenticationException;
import com.bytenite.sdk.core.errors.BadRequestException;
import com.bytenite.sdk.core.errors.ByteNiteApiException;
import com.bytenite.sdk.core.errors.ByteNiteTimeoutException;
import com.bytenite.sdk.core.errors.ConflictException;
import com.bytenite.sdk.core.errors.MalformedResponseException;
import com.bytenite.sdk.core.errors.NotFoundException;
import com.bytenite.sdk.core.errors.PermissionDeniedException;
import com.bytenite.sdk.core.errors.RateLimitException;
import com.bytenite.sdk.core.errors.ServerException;
import com.bytenite.sdk.core.errors.UnexpectedStatusException;
import com.bytenite.sdk.core.json.ByteNiteJson;
import com.bytenite.sdk.core.spi.Operation;
import com.bytenite.sdk.core.testing.Calls;
import com.bytenite.sdk.core.testing.Canary;
import com.bytenite.sdk.core.testing.TestServers;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.Request;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ErrorMappingTest {
    private final MockWebServer server = new MockWebServer();
    private ByteNiteHttp http;

    @BeforeEach
    void start() throws Exception {
        server.start();
        http = ByteNiteHttp.create(ByteNiteConfig.builder()
                .baseUrl(TestServers.baseUrl(server))
                .accessToken(Canary.TOKEN)
                .readTimeout(Duration.ofMillis(500))
                .retry(RetrySettings.disabled())
                .build());
    }

    @AfterEach
    void stop() throws Exception {
        http.close();
        server.shutdown();
    }

    static Stream<Arguments> statuses() {
        return Stream.of(
                Arguments.of(400, BadRequestException.class),
                Arguments.of(401, AuthenticationException.class),
                Arguments.of(403, PermissionDeniedException.class),
                Arguments.of(404, NotFoundException.class),
                Arguments.of(409, ConflictException.class),
                Arguments.of(429, RateLimitException.class),
                Arguments.of(500, ServerException.class),
                Arguments.of(503, ServerException.class),
                Arguments.of(418, UnexpectedStatusException.class));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("statuses")
    void envelopeIsMappedIntoEveryField(int status, Class<? extends ByteNiteApiException> type) {
        server.enqueue(json(status, "{\"ok\":false,\"requestId\":\"xyz-123\",\"message\":\"Request failed\","
                + "\"error\":{\"code\":" + status + ",\"message\":\"Not Found\",\"description\":\"The requested resource was not found\"}}"));
        assertThatThrownBy(() -> Calls.send(http, Operation.idempotent("customer.getJob"), "GET", "/v1/customer/jobs/j-1", null))
                .isInstanceOfSatisfying(type, e -> {
                    assertThat(e.statusCode()).isEqualTo(status);
                    assertThat(e.operation()).contains("customer.getJob");
                    assertThat(e.requestId()).contains("xyz-123");
                    assertThat(e.errorCode()).contains(status);
                    assertThat(e.errorMessage()).contains("Not Found");
                    assertThat(e.description()).contains("The requested resource was not found");
                    assertThat(e.details().message()).contains("Request failed");
                    assertThat(e.details().method()).contains("GET");
                    assertThat(e.details().path()).contains("/v1/customer/jobs/j-1");
                    assertThat(e.details().bodyExcerpt()).isEmpty();
                    assertThat(e.getMessage())
                            .contains("HTTP " + status)
                            .contains("customer.getJob")
                            .contains("The requested resource was not found")
                            .contains("requestId xyz-123");
                });
    }

    @Test
    void grpcGatewayStatusBodyIsUnderstood() {
        server.enqueue(json(404, "{\"code\":5,\"message\":\"job not found\",\"details\":[]}"));
        assertThatThrownBy(() -> Calls.get(http, "/v1/customer/jobs/j-2"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.errorCode()).contains(5);
                    assertThat(e.errorMessage()).contains("job not found");
                    assertThat(e.requestId()).isEmpty();
                });
    }

    @Test
    void requestIdFallsBackToResponseHeader() {
        server.enqueue(json(500, "{\"message\":\"boom\"}").setHeader("X-Request-Id", "hdr-77"));
        assertThatThrownBy(() -> Calls.get(http, "/v1/x"))
                .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.requestId()).contains("hdr-77"));
    }

    @Test
    void htmlErrorPageKeepsStatusAndGivesShortExcerpt() {
        String html = "<html><head><title>502 Bad Gateway</title></head><body>" + "x".repeat(5000) + "</body></html>";
        server.enqueue(new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/html").setBody(html));
        assertThatThrownBy(() -> Calls.get(http, "/v1/x"))
                .isInstanceOfSatisfying(ServerException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(502);
                    assertThat(e.details().bodyExcerpt()).get().asString()
                            .startsWith("<html><head><title>502 Bad Gateway")
                            .hasSizeLessThanOrEqualTo(201);
                    assertThat(e.getMessage()).contains("HTTP 502").contains("502 Bad Gateway").hasSizeLessThan(600);
                });
    }

    @Test
    void emptyErrorBodyIsReportedAsEmpty() {
        server.enqueue(new MockResponse().setResponseCode(503));
        assertThatThrownBy(() -> Calls.get(http, "/v1/x"))
                .isInstanceOfSatisfying(ServerException.class,
                        e -> assertThat(e.details().bodyExcerpt()).contains("<empty>"));
    }

    @Test
    void successWithGarbageBodyIsMalformedResponseWithStatusAndRedactedExcerpt() {
        server.enqueue(new MockResponse().setResponseCode(200).setHeader("X-Request-Id", "req-9")
                .setBody("<html>maintenance https://files.example/x?sig=" + Canary.SIGNATURE + " token " + Canary.TOKEN + "</html>"));
        assertThatThrownBy(() -> Calls.get(http, "/v1/x"))
                .isInstanceOfSatisfying(MalformedResponseException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(200);
                    assertThat(e.requestId()).contains("req-9");
                    assertThat(e.bodyExcerpt()).startsWith("<html>maintenance");
                    assertThat(e.getMessage()).contains("HTTP 200").doesNotContain(Canary.SIGNATURE).doesNotContain(Canary.TOKEN);
                });
    }

    @Test
    void truncatedJsonIsMalformedResponse() {
        server.enqueue(json(200, "{\"job\": {\"id\": \"abc\""));
        assertThatThrownBy(() -> Calls.get(http, "/v1/x"))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("not the expected JSON");
    }

    @Test
    void readTimeoutIsTimeoutException() {
        server.enqueue(json(200, "{}").setHeadersDelay(2, TimeUnit.SECONDS));
        assertThatThrownBy(() -> Calls.get(http, "/v1/x"))
                .isInstanceOf(ByteNiteTimeoutException.class)
                .hasMessageContaining("test.get");
    }

    @Test
    void generatedClientCheckedExceptionBecomesIllegalArgumentAndNothingIsSent() {
        assertThatThrownBy(() -> http.context().execute(Operation.idempotent("customer.getJob"), () -> {
            throw new Exception("Missing the required parameter 'jobId' when calling getJob(Async)");
        }, ByteNiteJson.gson(), Object.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("customer.getJob")
                .hasMessageContaining("jobId");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void anEmptySuccessBodyIsMalformedWhenAnAnswerIsExpected() {
        server.enqueue(new MockResponse().setResponseCode(200));
        assertThatThrownBy(() -> http.context().execute(Operation.idempotent("x"),
                () -> new Request.Builder().url(Calls.url(http, "/v1/x")).build(), ByteNiteJson.gson(), Object.class))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("HTTP 200").hasMessageContaining("<empty>");
    }

    @Test
    void anEmptySuccessBodyIsFineWhenNoAnswerIsExpected() {
        server.enqueue(new MockResponse().setResponseCode(200));
        Object result = http.context().execute(Operation.idempotent("x"),
                () -> new Request.Builder().url(Calls.url(http, "/v1/x")).build(), ByteNiteJson.gson(), Void.class);
        assertThat(result).isNull();
    }

    @Test
    void anOkFalseEnvelopeOnSuccessIsAnError() {
        server.enqueue(new MockResponse().setResponseCode(200).setBody("{\"ok\":false,\"requestId\":\"r-9\",\"message\":\"not started\","
                + "\"error\":{\"code\":9,\"message\":\"Failed Precondition\",\"description\":\"job is running\"}}"));
        assertThatThrownBy(() -> http.context().execute(Operation.nonIdempotent("customer.runJob"),
                () -> new Request.Builder().url(Calls.url(http, "/v1/x")).post(okhttp3.RequestBody.create(new byte[0])).build(),
                ByteNiteJson.gson(), Object.class))
                .isInstanceOfSatisfying(UnexpectedStatusException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(200);
                    assertThat(e.requestId()).contains("r-9");
                    assertThat(e.getMessage()).contains("job is running");
                });
    }

    @Test
    void anOkFieldInsideAnAnswerIsNotAnEnvelope() {
        server.enqueue(new MockResponse().setResponseCode(200).setBody("{\"job\":{\"params\":{\"ok\":false}}}"));
        Object result = http.context().execute(Operation.idempotent("x"),
                () -> new Request.Builder().url(Calls.url(http, "/v1/x")).build(), ByteNiteJson.gson(), Object.class);
        assertThat(result).isNotNull();
    }
}
