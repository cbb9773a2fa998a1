package com.bytenite.sdk.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContextsTest {
    @TempDir
    Path dir;

    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void layout() throws IOException {
        env.put("TASK_DIR", Files.createDirectories(dir.resolve("task")).toString());
        env.put("TASK_RESULTS_DIR", Files.createDirectories(dir.resolve("results")).toString());
        env.put("SOURCE_DIR", Files.createDirectories(dir.resolve("source")).toString());
        env.put("CHUNKS_DIR", Files.createDirectories(dir.resolve("chunks")).toString());
        env.put("OUTPUT_DIR", Files.createDirectories(dir.resolve("output")).toString());
        Files.writeString(dir.resolve("task/data.bin"), "hello chunk");
    }

    private AppContext app() {
        return new AppContext(Environment.of(env));
    }

    @Test
    void anAppReadsItsChunkParamsAndNumberAndWritesResults() throws IOException {
        env.put("APP_PARAMS", "{\"case\":\"upper\",\"big\":12345678901234567890}");
        env.put("CHUNK_NUMBER", "7");
        AppContext task = app();
        assertThat(task.chunkText()).isEqualTo("hello chunk");
        assertThat(task.chunkBytes()).hasSize(11);
        assertThat(task.chunkNumber()).hasValue(7);
        assertThat(task.params().string("case", "lower")).isEqualTo("upper");
        assertThat(task.params().json().get("big").getAsBigInteger().toString()).isEqualTo("12345678901234567890");
        task.writeResult("out.txt", task.chunkText().toUpperCase());
        assertThat(Files.readString(dir.resolve("results/out.txt"))).isEqualTo("HELLO CHUNK");
        assertThatThrownBy(() -> task.writeResult("out.txt", "again")).hasMessageContaining("already written");
    }

    record CaseParams(String mode, int repeat) {
    }

    @Test
    void paramsBindToAClassOrNameTheFieldThatFailed() {
        env.put("APP_PARAMS", "{\"mode\":\"title\",\"repeat\":3}");
        assertThat(app().params().bind(CaseParams.class)).isEqualTo(new CaseParams("title", 3));
        env.put("APP_PARAMS", "{\"mode\":\"title\",\"repeat\":\"often\"}");
        assertThatThrownBy(() -> app().params().bind(CaseParams.class)).isInstanceOf(ComponentException.class)
                .hasMessageContaining("APP_PARAMS").hasMessageContaining("repeat");
    }

    @Test
    void invalidParamsJsonGivesThePosition() {
        env.put("APP_PARAMS", "{\"case\": upp");
        assertThatThrownBy(this::app).isInstanceOf(ComponentException.class).hasMessageContaining("APP_PARAMS is not valid JSON")
                .hasMessageContaining("column");
        env.put("APP_PARAMS", "[1]");
        assertThatThrownBy(this::app).hasMessageContaining("must be a JSON object");
    }

    @Test
    void aMissingVariableOrDirectoryNamesItselfAndTheComponent() {
        env.remove("TASK_DIR");
        assertThatThrownBy(this::app).isInstanceOf(ComponentException.class).hasMessage("app: the environment variable TASK_DIR is not set");
        env.put("TASK_DIR", " ");
        assertThatThrownBy(this::app).hasMessage("app: the environment variable TASK_DIR is empty");
        env.put("TASK_DIR", dir.resolve("nowhere").toString());
        assertThatThrownBy(this::app).hasMessageContaining("TASK_DIR points to").hasMessageContaining("not an existing directory");
        env.remove("CHUNKS_DIR");
        assertThatThrownBy(() -> new PartitionerContext(Environment.of(env))).hasMessage("partitioner: the environment variable CHUNKS_DIR is not set");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../out.txt", "/etc/passwd", "a/b.txt", "a\\b.txt", "..", ""})
    void unsafeResultNamesAreRefused(String name) {
        assertThatThrownBy(() -> app().writeResult(name, "x")).isInstanceOf(ComponentException.class).hasMessageContaining("plain file name");
    }

    @Test
    void aFailedWriteLeavesNothingAndKeepsWhatWasWritten() throws IOException {
        AppContext task = app();
        task.writeResult("first.txt", "kept");
        assertThatThrownBy(() -> task.writeResult("second.txt", out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessageContaining("disk full");
        try (var files = Files.list(dir.resolve("results"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("first.txt");
        }
    }

    @Test
    void secretsArePairsOrSingleValuesAndNeverPrinted() {
        env.put("MY_BUCKET_ACCESS_KEY", "AK-canary-1");
        env.put("MY_BUCKET_SECRET_KEY", "SK-canary-2");
        env.put("API_TOKEN", "tok-canary-3");
        Secret pair = app().secret("my-bucket");
        assertThat(pair.accessKey()).contains("AK-canary-1");
        assertThat(pair.secretKey()).contains("SK-canary-2");
        assertThat(app().secret("api_token").value()).contains("tok-canary-3");
        assertThat(pair + " " + app().secret("api_token")).doesNotContain("canary");
        assertThatThrownBy(() -> app().secret("missing")).hasMessageContaining("MISSING_ACCESS_KEY, MISSING_SECRET_KEY and MISSING");
    }

    @Test
    void chunksAreNumberedFromZeroFromManyThreadsAndNeverSeenHalfWritten() throws Exception {
        Files.writeString(dir.resolve("source/a.txt"), "a");
        Files.createDirectories(dir.resolve("source/nested"));
        Files.writeString(dir.resolve("source/nested/b.txt"), "not an input: ByteNite's partitioners read the top level only");
        PartitionerContext p = new PartitionerContext(Environment.of(env));
        assertThat(p.sourceFiles()).containsExactly(dir.resolve("source/a.txt"));
        Set<Integer> indices = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 40; i++) {
            byte[] content = ("chunk " + i).getBytes(StandardCharsets.UTF_8);
            pool.submit(() -> indices.add(p.emitChunk(content)));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(indices).hasSize(40).allMatch(i -> i >= 0 && i < 40);
        assertThat(p.chunkCount()).isEqualTo(40);
        try (var files = Files.list(dir.resolve("chunks"))) {
            assertThat(files.map(f -> f.getFileName().toString())).hasSize(40).allMatch(n -> n.matches("data_\\d+\\.bin"));
        }
    }

    @Test
    void anAssemblerSeesTheResultsAtTheTopLevelOnly() throws IOException {
        Files.createDirectories(dir.resolve("results/nested"));
        Files.writeString(dir.resolve("results/nested/r.txt"), "1");
        Files.writeString(dir.resolve("results/top.txt"), "0");
        AssemblerContext a = new AssemblerContext(Environment.of(env));
        assertThat(a.taskResults()).extracting(p -> dir.resolve("results").relativize(p).toString().replace('\\', '/'))
                .containsExactly("top.txt");
        a.writeOutput("all.txt", "01");
        assertThat(Files.readString(dir.resolve("output/all.txt"))).isEqualTo("01");
        assertThatThrownBy(() -> a.writeOutput("../x", "no")).hasMessageContaining("output name");
    }

    @Test
    void runTurnsFailuresIntoOneLineAndExitCodeOne() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertThat(Run.app(Environment.of(env), task -> task.writeResult("ok.txt", "fine"), stderr)).isZero();
        assertThat(Run.app(Environment.of(env), task -> {
            throw new IllegalStateException("bad input line 3");
        }, stderr)).isEqualTo(1);
        env.remove("TASK_RESULTS_DIR");
        assertThat(Run.app(Environment.of(env), task -> { }, stderr)).isEqualTo(1);
        List<String> lines = List.of(err.toString(StandardCharsets.UTF_8).split("\n"));
        assertThat(lines).containsExactly("error: app failed: java.lang.IllegalStateException: bad input line 3",
                "error: app: the environment variable TASK_RESULTS_DIR is not set");
    }
}
