package com.bytenite.sdk.core;

import static com.bytenite.sdk.core.testing.TestServers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bytenite.sdk.core.errors.ByteNiteTimeoutException;
import com.bytenite.sdk.core.errors.NotFoundException;
import com.bytenite.sdk.core.errors.ServerException;
import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.core.json.ByteNiteJson;
import com.bytenite.sdk.core.spi.Operation;
import com.bytenite.sdk.core.spi.ServiceContext;
import com.bytenite.sdk.core.testing.Canary;
import com.bytenite.sdk.core.testing.LoopbackServer;
import com.bytenite.sdk.core.testing.MutableClock;
import com.bytenite.sdk.core.testing.TestServers;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The three views every service offers (options, raw responses, async), on a service of two calls. */
class ServiceViewsTest {
    private static final Operation READ = Operation.idempotent("test.read");
    private static final Operation CREATE = Operation.nonIdempotent("test.create");

    @RegisterExtension
    final LoopbackServer loopback = new LoopbackServer(new MutableClock(Instant.parse("2026-12-01T00:00:00Z")));

    private ByteNiteHttp http;
    private ExecutorService pool;
    private Items items;

    /** A service as an API module writes one. */
    static final class Items extends ByteNiteService<Items> {
        Items(ServiceContext context) {
            super(context, Items::new);
        }

        JsonObject read() {
            return context().execute(READ, () -> new Request.Builder().url(url("/items/1")).build(), ByteNiteJson.gson(), JsonObject.class);
        }

        JsonObject create() {
            return context().execute(CREATE, () -> new Request.Builder().url(url("/items"))
                    .post(RequestBody.create("{}", MediaType.get("application/json"))).build(), ByteNiteJson.gson(), JsonObject.class);
        }

        String local() {
            return "sent nothing";
        }

        private String url(String path) {
            return context().http().config().baseUrl().resolve(path).toString();
        }
    }

    @BeforeEach
    void connect() {
        http = loopback.connect(TestServers.config(loopback.server()).accessToken(Canary.TOKEN).build());
        pool = Executors.newSingleThreadExecutor(r -> new Thread(r, "views-pool"));
        items = new Items(http.context().withExecutor(pool));
    }

    @AfterEach
    void close() {
        pool.shutdownNow();
        http.close();
    }

    @Test
    void maxRetriesLowersAndRaisesTheClientsBudget() {
        for (int i = 0; i < 5; i++) {
            loopback.server().enqueue(json(503, "{}"));
        }
        assertThatThrownBy(() -> items.withOptions(RequestOptions.builder().maxRetries(0).build()).read()).isInstanceOf(ServerException.class);
        assertThat(loopback.server().getRequestCount()).isEqualTo(1);

        loopback.server().enqueue(json(200, "{\"n\":1}"));
        assertThat(items.withOptions(RequestOptions.builder().maxRetries(4).build()).read().get("n").getAsInt()).isEqualTo(1);
        assertThat(loopback.server().getRequestCount()).as("4 503s then the answer, past the client's 3 attempts").isEqualTo(6);
    }

    @Test
    void idempotentOverridesTheOperationsOwnRule() {
        loopback.server().enqueue(json(503, "{}"));
        loopback.server().enqueue(json(200, "{\"id\":\"x\"}"));
        assertThat(items.withOptions(RequestOptions.builder().idempotent(true).build()).create().get("id").getAsString()).isEqualTo("x");
        assertThat(loopback.server().getRequestCount()).isEqualTo(2);

        loopback.server().enqueue(json(503, "{}"));
        assertThatThrownBy(() -> items.withOptions(RequestOptions.builder().idempotent(false).build()).read())
                .isInstanceOf(ServerException.class);
        assertThat(loopback.server().getRequestCount()).isEqualTo(3);
    }

    @Test
    void timeoutBoundsTheWholeCall() {
        loopback.server().enqueue(json(200, "{}").setBodyDelay(3, TimeUnit.SECONDS));
        assertThatThrownBy(() -> items.withOptions(RequestOptions.builder().timeout(Duration.ofMillis(200)).maxRetries(0).build()).read())
                .isInstanceOf(ByteNiteTimeoutException.class);
    }

    @Test
    void headersAreSentAndDerivedViewsMergeOverTheirParent() throws Exception {
        loopback.server().enqueue(json(200, "{}"));
        Items traced = items.withOptions(RequestOptions.builder().header("X-Trace", "t-1").header("X-Team", "a").build());
        traced.withOptions(RequestOptions.builder().header("x-team", "b").build()).read();
        var request = loopback.server().takeRequest();
        assertThat(request.getHeader("X-Trace")).isEqualTo("t-1");
        assertThat(request.getHeaders().values("X-Team")).containsExactly("b");
        assertThat(request.getHeader("Authorization")).as("the SDK still authenticates").isEqualTo(Canary.TOKEN);
        assertThat(items.options().headers()).isEmpty();
    }

    @Test
    void optionsRefuseWhatWouldBreakTheRequestAndNeverPrintHeaderValues() {
        assertThatThrownBy(() -> RequestOptions.builder().header("Authorization", "x")).hasMessageContaining("Authorization")
                .hasMessageContaining("set by the SDK");
        assertThatThrownBy(() -> RequestOptions.builder().header("X-A", "a\r\nInjected: 1")).hasMessageContaining("X-A")
                .hasMessageContaining("line breaks");
        assertThatThrownBy(() -> RequestOptions.builder().header("bad name", "v")).hasMessageContaining("header name");
        assertThatThrownBy(() -> RequestOptions.builder().maxRetries(-1)).hasMessageContaining("maxRetries");
        assertThatThrownBy(() -> RequestOptions.builder().timeout(Duration.ZERO)).hasMessageContaining("timeout");
        assertThat(RequestOptions.builder().header("X-Secret", Canary.SECRET_KEY).build().toString())
                .contains("X-Secret").doesNotContain(Canary.SECRET_KEY);
    }

    @Test
    void rawResponseCarriesStatusHeadersAndRequestIdWithTheValue() {
        loopback.server().enqueue(json(201, "{\"id\":\"r\"}").addHeader("X-Request-Id", "req-42").addHeader("X-Extra", "one"));
        RawResponse<JsonObject> raw = items.withRawResponse().call(Items::create);
        assertThat(raw.statusCode()).isEqualTo(201);
        assertThat(raw.requestId()).contains("req-42");
        assertThat(raw.header("x-extra")).contains("one");
        assertThat(raw.operation()).isEqualTo("test.create");
        assertThat(raw.value().get("id").getAsString()).isEqualTo("r");
        assertThat(raw.toString()).contains("201", "req-42").doesNotContain("X-Extra");
    }

    @Test
    void rawResponseOfAFailureIsTheUsualExceptionAndOfNoRequestAClearError() {
        loopback.server().enqueue(TestServers.errorEnvelope(404, "req-404", "not found", "no such item"));
        assertThatThrownBy(() -> items.withRawResponse().call(Items::read)).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.requestId()).contains("req-404"));
        assertThatThrownBy(() -> items.withRawResponse().call(Items::local)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("sent no request");
    }

    @Test
    void asyncRunsOnTheGivenExecutorAndFailsWithTheVeryException() throws Exception {
        loopback.server().enqueue(json(200, "{\"n\":7}"));
        CompletableFuture<String> thread = items.async().call(i -> i.read().get("n").getAsInt() + " on " + Thread.currentThread().getName());
        assertThat(thread.get(5, TimeUnit.SECONDS)).isEqualTo("7 on views-pool");

        loopback.server().enqueue(TestServers.errorEnvelope(404, "req-1", "not found", "gone"));
        CompletableFuture<JsonObject> failing = items.async().call(Items::read);
        Throwable seen = failing.handle((v, e) -> e).get(5, TimeUnit.SECONDS);
        assertThat(seen).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> failing.get()).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(NotFoundException.class);
    }

    @Test
    void cancellingAnAsyncCallCancelsTheCallInFlightAndFreesTheThread() throws Exception {
        loopback.server().enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        CompletableFuture<JsonObject> hanging = items.async().call(Items::read);
        assertThat(loopback.server().takeRequest(5, TimeUnit.SECONDS)).as("the call is in flight").isNotNull();
        assertThat(hanging.cancel(true)).isTrue();
        assertThatThrownBy(hanging::join).isInstanceOf(CancellationException.class);

        // The one pool thread is free again, long before the 5 s read timeout, and not left interrupted.
        CountDownLatch ran = new CountDownLatch(1);
        pool.execute(() -> {
            if (!Thread.currentThread().isInterrupted()) {
                ran.countDown();
            }
        });
        assertThat(ran.await(2, TimeUnit.SECONDS)).isTrue();
        loopback.server().enqueue(json(200, "{\"n\":2}"));
        assertThat(items.async().call(Items::read).get(5, TimeUnit.SECONDS).get("n").getAsInt()).isEqualTo(2);
    }

    @Test
    void aCallCancelledBeforeItStartsNeverSends() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        pool.execute(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        CompletableFuture<JsonObject> queued = items.async().call(Items::read);
        queued.cancel(true);
        release.countDown();
        CountDownLatch drained = new CountDownLatch(1);
        pool.execute(drained::countDown);
        assertThat(drained.await(2, TimeUnit.SECONDS)).isTrue();
        assertThat(loopback.server().getRequestCount()).isZero();
    }
}
