package com.bytenite.sdk.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.jobs.DataDestination;
import com.bytenite.sdk.jobs.DataSource;
import com.bytenite.sdk.jobs.JobsService;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's threads do not grow with the number of jobs it has run. */
class ResourceUseTest {
    private static final int JOBS = 200;

    @TempDir
    Path dir;

    private static long liveThreads(String prefix, String suffix) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith(prefix) && t.getName().endsWith(suffix)).count();
    }

    @Test
    void threadsStayFlatOverManyUrlJobs() throws Exception {
        HttpServer source = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        source.createContext("/in.txt", exchange -> {
            byte[] body = "hello".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        source.start();
        String url = "http://127.0.0.1:" + source.getAddress().getPort() + "/in.txt";
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try (LocalByteNite local = LocalByteNite.builder().requestThreads(8).maxRunningJobs(4).workers(2).start();
                ByteNiteHttp http = ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build())) {
            JobsService jobs = new JobsService(http.context());
            runJobs(jobs, clients, url, 20);
            int before = Thread.activeCount();
            long clientsBefore = liveThreads("HttpClient-", "-SelectorManager");
            runJobs(jobs, clients, url, JOBS);
            assertThat(liveThreads("HttpClient-", "-SelectorManager")).as("one shared client fetches every url source")
                    .isLessThanOrEqualTo(clientsBefore);
            assertThat(liveThreads("local-bytenite-job-", "")).isLessThanOrEqualTo(4);
            assertThat(liveThreads("local-bytenite-http-", "")).isLessThanOrEqualTo(8);
            assertThat(Thread.activeCount()).as("threads after " + JOBS + " more jobs").isLessThanOrEqualTo(before + 5);
        } finally {
            clients.shutdownNow();
            source.stop(0);
        }
    }

    private static void runJobs(JobsService jobs, ExecutorService clients, String url, int count) throws Exception {
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            done.add(clients.submit(() -> jobs.create("echo-passthrough").source(DataSource.url(url))
                    .destination(DataDestination.temporaryBucket()).submit().awaitCompletion(Duration.ofSeconds(60))));
        }
        for (Future<?> f : done) {
            f.get();
        }
    }
}
