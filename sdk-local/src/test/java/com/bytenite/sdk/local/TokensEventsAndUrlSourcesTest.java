package com.bytenite.sdk.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.core.testing.MutableClock;
import com.bytenite.sdk.jobs.DataDestination;
import com.bytenite.sdk.jobs.DataSource;
import com.bytenite.sdk.jobs.DataSourceCheck;
import com.bytenite.sdk.jobs.DataSourcesService;
import com.bytenite.sdk.jobs.Job;
import com.bytenite.sdk.jobs.JobState;
import com.bytenite.sdk.jobs.JobsService;
import com.bytenite.sdk.local.ComponentRole;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Token expiry on the server's clock, event resumption, and url data sources fetched over HTTP. */
class TokensEventsAndUrlSourcesTest {
    @TempDir
    Path dir;

    private final MutableClock serverClock = new MutableClock(Instant.now());
    private LocalByteNite local;
    private HttpServer files;

    @BeforeEach
    void start() throws IOException {
        local = LocalByteNite.builder().clock(serverClock).tokenLifetime(Duration.ofMinutes(10))
                .component(ComponentRole.PARTITIONER, "whole", (env, work, log) -> {
                    try (var in = Files.list(Path.of(env.get("SOURCE_DIR")))) {
                        Files.copy(in.findFirst().orElseThrow(), Path.of(env.get("CHUNKS_DIR"), "data_0.bin"));
                    }
                    return 0;
                })
                .component(ComponentRole.ASSEMBLER, "copy", (env, work, log) -> {
                    try (var in = Files.walk(Path.of(env.get("TASK_RESULTS_DIR")))) {
                        for (Path p : in.filter(Files::isRegularFile).toList()) {
                            Files.copy(p, Path.of(env.get("OUTPUT_DIR"), p.getFileName().toString()));
                        }
                    }
                    return 0;
                })
                .template("whole-echo", "echo", "whole", "copy")
                .start();
        files = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        files.createContext("/data/input.csv", ex -> {
            byte[] body = "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/csv");
            if (ex.getRequestMethod().equals("HEAD")) {
                ex.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            }
            ex.sendResponseHeaders(200, ex.getRequestMethod().equals("HEAD") ? -1 : body.length);
            if (!ex.getRequestMethod().equals("HEAD")) {
                ex.getResponseBody().write(body);
            }
            ex.close();
        });
        files.start();
    }

    @AfterEach
    void stop() {
        files.stop(0);
        local.close();
    }

    private String fileUrl() {
        return "http://127.0.0.1:" + files.getAddress().getPort() + "/data/input.csv";
    }

    @Test
    void anExpiredTokenIsRefusedAndTheSdkRenewsItOnce() {
        try (ByteNiteHttp http = ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build())) {
            JobsService jobs = new JobsService(http.context());
            String first = http.accessToken();
            assertThat(jobs.info().version()).isNotNull();
            serverClock.advance(Duration.ofMinutes(11));
            assertThat(jobs.list().stream().count()).as("the 401 is answered by renewing and replaying").isZero();
            assertThat(http.accessToken()).isNotEqualTo(first);
        }
    }

    @Test
    void aUrlSourceIsCheckedThenFetchedAndItsResultServed() throws Exception {
        try (ByteNiteHttp http = ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build())) {
            JobsService jobs = new JobsService(http.context());
            DataSourceCheck check = new DataSourcesService(http.context()).test(DataSource.url(fileUrl()), true);
            assertThat(check.filename()).contains("input.csv");
            assertThat(check.size()).hasValue(8);
            assertThat(check.properties()).containsEntry("contentType", "text/csv");

            Job done = jobs.create("whole-echo").source(DataSource.url(fileUrl())).destination(DataDestination.temporaryBucket())
                    .submit().awaitCompletion(Duration.ofSeconds(30));
            assertThat(done.state()).get().extracting(JobState::kind).isEqualTo(JobState.Kind.COMPLETE);
            List<Path> out = done.downloadResults(dir);
            assertThat(Files.readString(out.get(0))).isEqualTo("a,b\n1,2\n");
        }
    }

    @Test
    void anEventStreamResumesAfterLastEventId() throws Exception {
        RawClient raw = new RawClient(local);
        raw.call("POST", "/v1/customer/jobs", "{\"templateId\":\"whole-echo\",\"name\":\"one\"}");
        raw.call("POST", "/v1/customer/jobs", "{\"templateId\":\"whole-echo\",\"name\":\"two\"}");
        // An id this run never issued (0) replays everything held; the first event's id then resumes right after it.
        List<String> all = eventLines(raw.token(), "0", 2);
        List<String> ids = all.stream().filter(l -> l.startsWith("id: ")).toList();
        assertThat(ids).hasSize(2);
        List<String> resumed = eventLines(raw.token(), ids.get(0).substring(4), 1);
        assertThat(resumed).contains(ids.get(1), "event: job_state").doesNotContain(ids.get(0));
        assertThat(resumed).anyMatch(l -> l.startsWith("data: {\"result\":{\"event\":\"job_state\",\"data\":{\"@type\":"));
    }

    /** The lines of an event stream opened with {@code lastEventId}, up to its {@code events}-th data line. */
    private List<String> eventLines(String token, String lastEventId, int events) throws IOException {
        List<String> lines = new ArrayList<>();
        HttpURLConnection c = (HttpURLConnection) new URL(local.baseUrl() + "/v1/customer/events").openConnection();
        c.setRequestProperty("Authorization", token);
        c.setRequestProperty("Last-Event-ID", lastEventId);
        c.setReadTimeout(5000);
        assertThat(c.getContentType()).startsWith("text/event-stream");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (lines.stream().filter(l -> l.startsWith("data:")).count() < events && (line = in.readLine()) != null) {
                lines.add(line);
            }
        } finally {
            c.disconnect();
        }
        return lines;
    }
}
