package com.bytenite.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.ByteNiteService;
import com.bytenite.sdk.core.RawResponse;
import com.bytenite.sdk.core.RequestOptions;
import com.bytenite.sdk.core.paging.Pager;
import com.bytenite.sdk.jobs.DataDestination;
import com.bytenite.sdk.jobs.DataSource;
import com.bytenite.sdk.jobs.EventStream;
import com.bytenite.sdk.local.LocalByteNite;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every resource service, against Local ByteNite, shows its three views on one call: options (a
 * header that must reach the server on that call), the raw response (status and operation of the
 * answer, with the same value), and async (the same value from a future, on the client's executor).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceViewsTest {
    private static final String HEADER = "X-Views-Test";

    /** The header's value seen per operation, as sent (an interceptor added on the client builder). */
    private final Map<String, List<String>> sent = new ConcurrentHashMap<>();
    private final List<String> asyncThreads = new CopyOnWriteArrayList<>();
    private LocalByteNite local;
    private ByteNiteClient client;
    private String jobId;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        local = LocalByteNite.builder().start();
        client = ByteNiteClient.builder(ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build())
                .addInterceptor(chain -> {
                    String value = chain.request().header(HEADER);
                    if (value != null) {
                        sent.computeIfAbsent(value, v -> new CopyOnWriteArrayList<>()).add(chain.request().url().encodedPath());
                    }
                    return chain.proceed(chain.request());
                })
                .asyncExecutor(task -> new Thread(() -> {
                    asyncThreads.add(Thread.currentThread().getName());
                    task.run();
                }, "views-test-async").start())
                .build();
        jobId = client.jobs().create("echo-passthrough").source(DataSource.upload(Files.writeString(dir.resolve("in.txt"), "views")))
                .destination(DataDestination.temporaryBucket()).submit().awaitCompletion(Duration.ofSeconds(30)).id();
    }

    @AfterAll
    void stop() {
        client.close();
        local.close();
    }

    @Test
    void jobs() throws Exception {
        showViews(client.jobs(), jobs -> jobs.get(jobId), job -> job.id(), "customer.getJob");
    }

    @Test
    void templates() throws Exception {
        showViews(client.templates(), templates -> ids(templates.list(), t -> t.id()), ids -> ids, "customer.listJobTemplates");
    }

    @Test
    void dataSources() throws Exception {
        HttpServer origin = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] data = "origin data".getBytes(StandardCharsets.UTF_8);
        origin.createContext("/in.txt", exchange -> {
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(data.length));
            exchange.sendResponseHeaders(200, head ? -1 : data.length);
            if (!head) {
                exchange.getResponseBody().write(data);
            }
            exchange.close();
        });
        origin.start();
        String url = "http://127.0.0.1:" + origin.getAddress().getPort() + "/in.txt";
        showViews(client.dataSources(), sources -> sources.test(DataSource.url(url), false), check -> check.filename(),
                "customer.testDataSource");
        origin.stop(0);
    }

    @Test
    void logs() throws Exception {
        showViews(client.logs(), logs -> logs.get(jobId), logs -> logs.tasks().keySet(), "customer.getLogs");
    }

    @Test
    void devAndItsAppsEnginesAndTemplates() throws Exception {
        showViews(client.dev(), dev -> dev.info(), info -> info.version(), "dev.getInfo");
        showViews(client.dev().apps(), apps -> ids(apps.list(), a -> a.tag().toString()), ids -> ids, "dev.listApps");
        showViews(client.dev().engines(), engines -> ids(engines.list(), e -> e.tag().toString()), ids -> ids, "dev.listEngines");
        showViews(client.dev().templates(), templates -> templates.get("echo-passthrough"), t -> t.id(), "dev.getTemplate");
    }

    @Test
    void authAndItsApiKeysSecretsAndUser() throws Exception {
        showViews(client.auth(), auth -> auth.info(), info -> info.version(), "auth.getInfo");
        showViews(client.auth().apiKeys(), keys -> keys.list(), keys -> keys.size(), "auth.listApiKeys");
        showViews(client.auth().secrets(), secrets -> secrets.list(), secrets -> secrets.size(), "auth.listSecrets");
        showViews(client.auth().user(), user -> user.get(), user -> user.id(), "auth.getUser");
    }

    @Test
    void wallet() throws Exception {
        showViews(client.wallet(), wallet -> wallet.balance(), balance -> balance.totalBalance(), "wallet.getBalance");
    }

    /**
     * A stream runs on its own thread and reconnects by itself, so it has no single answer to report
     * and is already asynchronous; its options still apply to every connection it opens.
     */
    @Test
    void eventsSendTheirOptionsOnTheStreamsConnection() throws Exception {
        String marker = "events-" + System.nanoTime();
        try (EventStream ignored = client.events().withOptions(RequestOptions.builder().header(HEADER, marker).build()).stream()) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!sent.containsKey(marker) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        }
        assertThat(sent.get(marker)).containsExactly("/v1/customer/events");
    }

    @Test
    void aDerivedClientAppliesItsOptionsToEveryServiceAndLeavesTheStackOpen() {
        String marker = "derived-" + System.nanoTime();
        ByteNiteClient derived = client.withOptions(RequestOptions.builder().header(HEADER, marker).build());
        derived.wallet().balance();
        derived.auth().user().get();
        derived.close();
        assertThat(sent.get(marker)).containsExactly("/v1/wallet/balance", "/v1/auth/user");
        assertThat(client.options().headers()).isEmpty();
        assertThat(client.wallet().balance()).isNotNull(); // the original still works after the view was closed
    }

    private <S extends ByteNiteService<S>, T> void showViews(S service, Function<S, T> call, Function<T, ?> essence, String operation)
            throws Exception {
        Object expected = essence.apply(call.apply(service));

        String marker = operation + "-" + System.nanoTime();
        T withOptions = call.apply(service.withOptions(RequestOptions.builder().header(HEADER, marker).timeout(Duration.ofSeconds(20)).build()));
        assertThat(essence.apply(withOptions)).isEqualTo(expected);
        assertThat(sent.get(marker)).as("the option's header on %s", operation).hasSize(1);
        assertThat(service.options().headers()).as("the original view is unchanged").isEmpty();

        RawResponse<T> raw = service.withRawResponse().call(call);
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.operation()).isEqualTo(operation);
        assertThat(raw.headers()).containsKey("Content-Type");
        assertThat(essence.apply(raw.value())).isEqualTo(expected);

        int before = asyncThreads.size();
        T later = service.async().call(call).get(20, TimeUnit.SECONDS);
        assertThat(essence.apply(later)).isEqualTo(expected);
        assertThat(asyncThreads).hasSize(before + 1).last().isEqualTo("views-test-async");
    }

    private static <T> List<String> ids(Pager<T> pager, Function<T, String> id) {
        return pager.stream().map(id).toList();
    }
}
