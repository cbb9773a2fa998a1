package com.bytenite.sdk.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.jobs.DataDestination;
import com.bytenite.sdk.jobs.DataSource;
import com.bytenite.sdk.jobs.Job;
import com.bytenite.sdk.jobs.JobFailedException;
import com.bytenite.sdk.jobs.JobsService;
import com.bytenite.sdk.local.ComponentRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An app folder pushed through the Dev API runs as a subprocess with the contract's real variables. */
class PushedAppTest {
    private static final String MANIFEST = "{\"name\":\"shout\",\"version\":\"1.2\",\"platform\":\"docker\",\"entrypoint\":\"main.sh\","
            + "\"platform_config\":{\"container\":\"alpine\",\"secrets\":[\"vault\"]},\"device_requirements\":{\"min_cpu\":1,\"min_memory\":1}}";
    private static final String SCRIPT = "tr a-z A-Z < \"$TASK_DIR/data.bin\" > \"$TASK_RESULTS_DIR/shout.txt\"\n"
            + "echo \"chunk $CHUNK_NUMBER key ${VAULT_ACCESS_KEY} of length ${#VAULT_ACCESS_KEY}\"\n";

    @TempDir
    Path dir;

    private LocalByteNite local;
    private RawClient raw;
    private ByteNiteHttp http;

    @BeforeEach
    void start() throws IOException {
        local = LocalByteNite.builder()
                .component(ComponentRole.PARTITIONER, "whole", (env, work, log) -> {
                    try (var in = Files.list(Path.of(env.get("SOURCE_DIR")))) {
                        Files.copy(in.findFirst().orElseThrow(), Path.of(env.get("CHUNKS_DIR"), "data_0.bin"));
                    }
                    return 0;
                })
                .component(ComponentRole.ASSEMBLER, "gather", (env, work, log) -> {
                    Files.copy(Path.of(env.get("TASK_RESULTS_DIR"), "shout.txt"), Path.of(env.get("OUTPUT_DIR"), "shout.txt"));
                    return 0;
                })
                .start();
        raw = new RawClient(local);
        http = ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build());
    }

    @AfterEach
    void stop() {
        http.close();
        local.close();
    }

    @Test
    void aPushedAndActivatedAppRunsWithItsSecret() throws Exception {
        RawClient.Answer pushed = raw.call("POST", "/v1/dev/apps", "{\"data\":\"" + Archives.base64Zip(Map.of("manifest.json", MANIFEST, "app/main.sh", SCRIPT)) + "\"}");
        assertThat(pushed.code()).isEqualTo(200);
        assertThat(pushed.object().get("version").getAsString()).isEqualTo("1.2");
        assertThat(pushed.object().get("status").getAsString()).isEqualTo("inactive");
        assertThat(raw.call("POST", "/v1/auth/secrets", "{\"secret\":{\"id\":\"vault\",\"secretType\":\"other\",\"accessKey\":\"AK-1\"},"
                + "\"secretKey\":\"SK\"}").code()).isEqualTo(200);
        assertThat(raw.call("POST", "/v1/dev/templates", "{\"id\":\"shout-t\",\"app\":\"shout@1\",\"partitioner\":\"whole\",\"assembler\":\"gather\"}")
                .code()).isEqualTo(200);
        JobsService jobs = new JobsService(http.context());
        Path input = Files.writeString(dir.resolve("in.txt"), "quiet words");

        Job inactive = jobs.create("shout-t").source(DataSource.upload(input)).destination(DataDestination.temporaryBucket()).submit();
        Assertions.assertThatThrownBy(() -> inactive.awaitCompletion(Duration.ofSeconds(30))).isInstanceOf(JobFailedException.class)
                .hasMessageContaining("shout@1");

        RawClient.Answer activated = raw.call("POST", "/v1/dev/apps/shout@1.2/activate", "{}");
        assertThat(activated.object().get("appStatus").getAsString()).isEqualTo("active");
        Job done = jobs.create("shout-t").source(DataSource.upload(input)).destination(DataDestination.temporaryBucket()).submit()
                .awaitCompletion(Duration.ofSeconds(30));
        assertThat(Files.readString(done.downloadResults(dir.resolve("out")).get(0))).isEqualTo("QUIET WORDS");
        assertThat(done.logs().tasks().get("task-0")).anySatisfy(e -> assertThat(e.message()).isEqualTo("chunk 0 key [REDACTED] of length 4"));
    }

    @Test
    void aPushWhoseArchiveEscapesItsFolderIsRefused() throws IOException {
        RawClient.Answer bad = raw.call("POST", "/v1/dev/apps", "{\"data\":\"" + Archives.base64Zip(Map.of("manifest.json", MANIFEST, "../evil.sh", "x")) + "\"}");
        assertThat(bad.code()).isEqualTo(400);
        assertThat(bad.errorDescription()).isEqualTo("data: archive entry '../evil.sh' is absolute or climbs out with '..'");
    }

    @Test
    void aPushWithoutItsEntryPointIsRefusedNamingIt() throws IOException {
        RawClient.Answer bad = raw.call("POST", "/v1/dev/apps", "{\"data\":\"" + Archives.base64Zip(Map.of("manifest.json", MANIFEST)) + "\"}");
        assertThat(bad.code()).isEqualTo(400);
        assertThat(bad.errorDescription()).contains("entrypoint main.sh");
    }
}
