package com.bytenite.sdk.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.jobs.DataDestination;
import com.bytenite.sdk.jobs.DataSource;
import com.bytenite.sdk.jobs.Job;
import com.bytenite.sdk.jobs.JobState;
import com.bytenite.sdk.jobs.JobsService;
import com.bytenite.sdk.jobs.LogEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Local ByteNite run as users run it, in a JVM of its own (started from this test's class path), so
 * that its own environment can carry a canary and it can be killed outright.
 */
@EnabledOnOs(OS.LINUX)
class ServerProcessTest {
    private static final String CANARY = "aws-canary-5b1d";
    private static final String API_KEY = "process-key";
    /** Prints its environment (mode env), or writes its pid and a background child's pid and beats until killed (mode hang). */
    private static final String SCRIPT = String.join("\n",
            "case \"$APP_PARAMS\" in",
            "  *hang*)",
            "    sleep 600 &",
            "    echo $! > \"$USER_CACHE_DIR/child.pid\"",
            "    echo $$ > \"$USER_CACHE_DIR/app.pid\"",
            "    while true; do echo beat >> \"$USER_CACHE_DIR/beats\"; sleep 0.1; done ;;",
            "  *) env ;;",
            "esac",
            "");

    @TempDir
    Path dir;

    private ServerProcess server;

    @AfterEach
    void kill() {
        if (server != null) {
            server.close();
        }
    }

    private String startServer(Path data, Path appFolder) throws IOException {
        server = ServerProcess.start(Map.of("AWS_SECRET_ACCESS_KEY", CANARY), "--api-key", API_KEY, "--data-dir", data.toString(),
                "--app-folder", appFolder.toString());
        return server.baseUrl();
    }

    private Path appFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("leaky/app"));
        Files.writeString(folder.resolve("main.sh"), SCRIPT);
        Files.writeString(folder.resolveSibling("manifest.json"), "{\"name\":\"leaky\",\"version\":\"1.0\",\"entrypoint\":\"main.sh\"}");
        return folder.getParent();
    }

    private static ByteNiteHttp client(String baseUrl) {
        return ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(baseUrl).apiKey(API_KEY).build());
    }

    /** A template naming the app given at start and the built-in engines. */
    private static void pushTemplate(String baseUrl) throws IOException {
        RawClient.Answer pushed = new RawClient(baseUrl, API_KEY).call("POST", "/v1/dev/templates",
                "{\"id\":\"leaky-t\",\"app\":\"leaky\",\"partitioner\":\"passthrough\",\"assembler\":\"passthrough\"}");
        assertThat(pushed.code()).isEqualTo(200);
    }

    @Test
    void componentsSeeTheContractAndABaseEnvironmentNotTheServers() throws Exception {
        Path data = dir.resolve("data");
        String baseUrl = startServer(data, appFolder());
        Path input = Files.writeString(dir.resolve("in.txt"), "in");
        try (ByteNiteHttp http = client(baseUrl)) {
            pushTemplate(baseUrl);
            Job done = new JobsService(http.context()).create("leaky-t").source(DataSource.upload(input)).destination(DataDestination.temporaryBucket())
                    .appParams(Map.of("mode", "env")).submit().awaitCompletion(Duration.ofSeconds(60));
            List<String> lines = done.logs().tasks().get("task-0").stream().map(LogEntry::message).toList();
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("TASK_DIR="));
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("PATH="));
            assertThat(lines).noneSatisfy(l -> assertThat(l).contains(CANARY));
            assertThat(lines).noneSatisfy(l -> assertThat(l).startsWith("AWS_"));
            assertThat(Files.readString(data.resolve("state/jobs/" + done.id() + ".json"))).doesNotContain(CANARY);
        }
    }

    @Test
    void componentsEndWithAKilledServerAndTheirScratchFoldersGoAtTheNextStart() throws Exception {
        Path data = dir.resolve("data");
        String baseUrl = startServer(data, appFolder());
        Path input = Files.writeString(dir.resolve("in.txt"), "in");
        String id;
        try (ByteNiteHttp http = client(baseUrl)) {
            pushTemplate(baseUrl);
            id = new JobsService(http.context()).create("leaky-t").source(DataSource.upload(input)).destination(DataDestination.temporaryBucket())
                    .appParams(Map.of("mode", "hang")).submit().id();
        }
        Path cache = data.resolve("cache/users/local-user");
        long app = awaitPid(cache.resolve("app.pid"));
        long child = awaitPid(cache.resolve("child.pid"));
        assertThat(alive(app)).isTrue();
        assertThat(data.resolve("jobs/" + id + "/work")).isDirectory();

        server.kill();
        long deadline = System.currentTimeMillis() + 10_000;
        while ((alive(app) || alive(child)) && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(alive(app)).as("the app process after its server was killed").isFalse();
        assertThat(alive(child)).as("what the app started in the background").isFalse();
        long beats = Files.readAllLines(cache.resolve("beats")).size();
        Thread.sleep(300);
        assertThat(Files.readAllLines(cache.resolve("beats"))).as("nothing writes any more").hasSize((int) beats);

        try (LocalByteNite again = LocalByteNite.builder().dataDirectory(data).apiKey(API_KEY).start();
                ByteNiteHttp http = client(again.baseUrl())) {
            assertThat(data.resolve("jobs/" + id + "/work")).doesNotExist();
            assertThat(new JobsService(http.context()).get(id).state()).get().extracting(JobState::kind).isEqualTo(JobState.Kind.FAILED);
        }
    }

    @Test
    void sigtermStopsTheServerPromptlyAndTheRunningAppWithIt() throws Exception {
        Path data = dir.resolve("data");
        String baseUrl = startServer(data, appFolder());
        Path input = Files.writeString(dir.resolve("in.txt"), "in");
        try (ByteNiteHttp http = client(baseUrl)) {
            pushTemplate(baseUrl);
            new JobsService(http.context()).create("leaky-t").source(DataSource.upload(input)).destination(DataDestination.temporaryBucket())
                    .appParams(Map.of("mode", "hang")).submit();
        }
        long app = awaitPid(data.resolve("cache/users/local-user/app.pid"));

        long started = System.nanoTime();
        assertThat(server.terminate(Duration.ofSeconds(15))).as("the server exited").isPresent();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        long deadline = System.currentTimeMillis() + 5_000;
        while (alive(app) && System.currentTimeMillis() < deadline) {
            Thread.sleep(50); // the process group's watchdog ends it once the server's pipe closes
        }
        assertThat(alive(app)).as("the app it was running").isFalse();
    }

    private static long awaitPid(Path file) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            if (Files.exists(file)) {
                String text = Files.readString(file).trim();
                if (!text.isEmpty()) {
                    return Long.parseLong(text);
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError(file + " was never written");
    }

    private static boolean alive(long pid) {
        Optional<ProcessHandle> p = ProcessHandle.of(pid);
        return p.isPresent() && p.get().isAlive();
    }
}
