package com.bytenite.sdk.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.core.testing.MutableClock;
import com.bytenite.sdk.jobs.DataDestination;
import com.bytenite.sdk.jobs.DataSource;
import com.bytenite.sdk.jobs.JobsService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ended jobs are kept for a while and up to a number, then go with their files and events. */
class RetentionTest {
    @TempDir
    Path data;
    @TempDir
    Path work;

    private static String runOne(JobsService jobs, Path input) {
        return jobs.create("echo-passthrough").source(DataSource.upload(input)).destination(DataDestination.temporaryBucket()).submit()
                .awaitCompletion(Duration.ofSeconds(30)).id();
    }

    @Test
    void onlyTheNewestEndedJobsAreKeptAndThePrunedLeaveNothing() throws IOException {
        Path input = Files.writeString(work.resolve("in.txt"), "kept or not");
        List<String> ids = new ArrayList<>();
        try (LocalByteNite local = LocalByteNite.builder().dataDirectory(data).retention(Duration.ofHours(1), 3).start();
                ByteNiteHttp http = ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build())) {
            JobsService jobs = new JobsService(http.context());
            for (int i = 0; i < 5; i++) {
                ids.add(runOne(jobs, input));
            }
            RawClient raw = new RawClient(local);
            assertThat(raw.call("GET", "/v1/customer/jobs?limit=100", null).object().getAsJsonArray("data")).hasSize(3);
            for (String gone : ids.subList(0, 2)) {
                assertThat(raw.call("GET", "/v1/customer/jobs/" + gone, null).code()).isEqualTo(404);
            }
            for (String kept : ids.subList(2, 5)) {
                assertThat(raw.call("GET", "/v1/customer/jobs/" + kept, null).code()).isEqualTo(200);
            }
        }
        // A pruned job's files go just after the end that pruned it; closing waits for that.
        for (String gone : ids.subList(0, 2)) {
            assertThat(data.resolve("jobs").resolve(gone)).doesNotExist();
            assertThat(data.resolve("state/jobs/" + gone + ".json")).doesNotExist();
        }
        for (String kept : ids.subList(2, 5)) {
            assertThat(data.resolve("jobs").resolve(kept).resolve("output")).isDirectory();
        }
    }

    @Test
    void jobsEndingTogetherPruneWithoutTrippingOverEachOther() throws Exception {
        List<String> severe = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                if (record.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()) {
                    severe.add(record.getMessage() + " " + record.getThrown());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger("com.bytenite.sdk.local");
        logger.addHandler(capture);
        Path input = Files.writeString(work.resolve("in.txt"), "many");
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(8);
        try (LocalByteNite local = LocalByteNite.builder().retention(Duration.ofHours(1), 20).start();
                ByteNiteHttp http = ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build())) {
            JobsService jobs = new JobsService(http.context());
            List<java.util.concurrent.Future<String>> done = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                done.add(clients.submit(() -> runOne(jobs, input)));
            }
            for (var f : done) {
                f.get();
            }
            assertThat(new RawClient(local).call("GET", "/v1/customer/jobs?limit=100", null).object().getAsJsonArray("data")).hasSize(20);
        } finally {
            clients.shutdownNow();
            logger.removeHandler(capture);
        }
        assertThat(severe).isEmpty();
    }

    @Test
    void endedJobsOlderThanTheKeepTimeGo() throws IOException {
        MutableClock clock = MutableClock.atEpochPlusOneDay();
        Path input = Files.writeString(work.resolve("in.txt"), "old");
        try (LocalByteNite local = LocalByteNite.builder().clock(clock).retention(Duration.ofMinutes(10), 100).start();
                ByteNiteHttp http = ByteNiteHttp.builder(ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build())
                        .clock(clock).build()) {
            JobsService jobs = new JobsService(http.context());
            String old = runOne(jobs, input);
            clock.advance(Duration.ofMinutes(11));
            String recent = runOne(jobs, input);
            RawClient raw = new RawClient(local);
            assertThat(raw.call("GET", "/v1/customer/jobs/" + old, null).code()).isEqualTo(404);
            assertThat(raw.call("GET", "/v1/customer/jobs/" + recent, null).code()).isEqualTo(200);
        }
    }

    @Test
    void jobsThatEndedBeforeARestartStillCountTowardsTheLimit() throws IOException {
        Path input = Files.writeString(work.resolve("in.txt"), "before and after");
        List<String> before = new ArrayList<>();
        try (LocalByteNite local = LocalByteNite.builder().dataDirectory(data).retention(Duration.ofHours(1), 2).start();
                ByteNiteHttp http = ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build())) {
            JobsService jobs = new JobsService(http.context());
            before.add(runOne(jobs, input));
            before.add(runOne(jobs, input));
        }
        try (LocalByteNite local = LocalByteNite.builder().dataDirectory(data).retention(Duration.ofHours(1), 2).start();
                ByteNiteHttp http = ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build())) {
            String after = runOne(new JobsService(http.context()), input);
            RawClient raw = new RawClient(local);
            assertThat(raw.call("GET", "/v1/customer/jobs/" + before.get(0), null).code()).isEqualTo(404);
            assertThat(raw.call("GET", "/v1/customer/jobs/" + before.get(1), null).code()).isEqualTo(200);
            assertThat(raw.call("GET", "/v1/customer/jobs/" + after, null).code()).isEqualTo(200);
        }
    }
}
