package com.bytenite.sdk.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.jobs.DataDestination;
import com.bytenite.sdk.jobs.DataSource;
import com.bytenite.sdk.jobs.Job;
import com.bytenite.sdk.jobs.JobsService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** App folders given at start run like pushed ones; a Python entry point runs with python3. */
class FoldersAtStartTest {
    @TempDir
    Path dir;

    private Path pythonApp() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("py-app/app"));
        Files.writeString(folder.resolve("main.py"), String.join("\n",
                "import json, os",
                "params = json.loads(os.environ['APP_PARAMS'])",
                "with open(os.path.join(os.environ['TASK_DIR'], 'data.bin'), encoding='utf-8') as f:",
                "    text = f.read()",
                "with open(os.path.join(os.environ['TASK_RESULTS_DIR'], 'reversed.txt'), 'w', encoding='utf-8') as f:",
                "    f.write(text[::-1] * params.get('times', 1))",
                "print('python task', os.environ['CHUNK_NUMBER'])", ""));
        Files.writeString(folder.getParent().resolve("manifest.json"), "{\"name\":\"py-reverse\",\"version\":\"0.1\",\"platform\":\"docker\","
                + "\"entrypoint\":\"main.py\",\"platform_config\":{\"container\":\"python:3.12\"},\"device_requirements\":{\"min_cpu\":1,\"min_memory\":1}}");
        return folder.getParent();
    }

    private static boolean hasPython() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void aPythonAppFolderGivenAtStartRunsWithPython3() throws Exception {
        Assumptions.assumeTrue(hasPython(), "python3 is not installed on this machine");
        try (LocalByteNite local = LocalByteNite.builder().appFolder(pythonApp()).template("reverse", "py-reverse@0.1", "passthrough", "passthrough")
                .start();
                ByteNiteHttp http = ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build())) {
            Path input = Files.writeString(dir.resolve("in.txt"), "abc");
            Job done = new JobsService(http.context()).create("reverse").source(DataSource.upload(input)).destination(DataDestination.temporaryBucket())
                    .appParams(java.util.Map.of("times", 2)).submit().awaitCompletion(Duration.ofSeconds(30));
            assertThat(Files.readString(done.downloadResults(dir.resolve("out")).get(0))).isEqualTo("cbacba");
            assertThat(done.logs().tasks().get("task-0")).anySatisfy(e -> assertThat(e.message()).isEqualTo("python task 0"));
        }
    }

    @Test
    void aFolderWithABadManifestStopsTheStartNamingIt() throws IOException {
        Path folder = pythonApp();
        Files.writeString(folder.resolve("manifest.json"), "{\"name\":\"x\",\"version\":\"one\",\"entrypoint\":\"main.py\"}");
        assertThatThrownBy(() -> LocalByteNite.builder().appFolder(folder).start()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version must be major.minor");
        assertThatThrownBy(() -> LocalByteNite.builder().appFolder(dir.resolve("missing"))).hasMessageContaining("existing folder");
    }
}
