package com.bytenite.sdk.local.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pods' helper steps run here with {@code sh}, the pod's folders under a temporary folder. */
class PodScriptsTest {
    /** Nothing listens on port 1: every request is refused at once. */
    private static final String REFUSING = "http://127.0.0.1:1/local/stages/0f3a";

    @TempDir
    Path root;

    private int runWithUrl(String script) throws Exception {
        return runWithUrl(script, REFUSING);
    }

    private int runWithUrl(String script, String stageUrl) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", script.replace(PodScripts.ROOT, root.toString()));
        pb.environment().put(PodScripts.STAGE_URL, stageUrl);
        pb.environment().put("INDEX", "0");
        Process p = pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }

    @Test
    void aFetchThatCannotListItsInputsFailsInsteadOfLeavingThemEmpty() throws Exception {
        Files.createDirectories(root.resolve("status"));
        assertThat(runWithUrl(PodScripts.fetch(List.of("TASK_DIR")))).isNotZero();
        assertThat(root.resolve("task-dir")).doesNotExist();
    }

    @Test
    void whatTheFetchStepMakesIsWritableByTheComponentWhateverUserItRunsAs() throws Exception {
        Files.createDirectories(root.resolve("status"));
        Map<String, String> served = Map.of("/s/0/APP", "main.sh\n", "/s/0/APP/main.sh", "echo hi\n",
                "/s/0/TASK_DIR", "sub/data.bin\n", "/s/0/TASK_DIR/sub/data.bin", "chunk");
        HttpServer stage = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stage.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body = served.getOrDefault(path, "").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(served.containsKey(path) ? 200 : 404, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        stage.start();
        try {
            assertThat(runWithUrl(PodScripts.fetch(List.of("TASK_DIR")), "http://127.0.0.1:" + stage.getAddress().getPort() + "/s")).isZero();
        } finally {
            stage.stop(0);
        }
        assertThat(root.resolve("task-dir/sub/data.bin")).hasContent("chunk");
        assertThat(root.resolve("app/main.sh")).hasContent("echo hi");
        for (Path made : List.of(root.resolve("task-dir/sub/data.bin"), root.resolve("task-dir/sub"), root.resolve("app/main.sh"),
                root.resolve("status/stderr-pipe"))) {
            assertThat(Files.getPosixFilePermissions(made)).as(made.toString()).contains(PosixFilePermission.OTHERS_WRITE);
        }
    }

    @Test
    void theUploadStepSendsNothingForAFailedAttemptAndExitsWithItsStatus() throws Exception {
        Files.createDirectories(root.resolve("status"));
        Files.writeString(Files.createDirectories(root.resolve("task-results-dir")).resolve("partial.txt"), "half");
        Files.writeString(root.resolve("status/exit"), "3\n");
        assertThat(runWithUrl(PodScripts.upload(List.of("TASK_RESULTS_DIR")))).as("no upload tried: it would have failed with 1").isEqualTo(3);
    }

    @Test
    void theUploadStepFailsWhenAnUploadFails() throws Exception {
        Files.createDirectories(root.resolve("status"));
        Files.writeString(Files.createDirectories(root.resolve("task-results-dir")).resolve("out.txt"), "done");
        Files.writeString(root.resolve("status/exit"), "0\n");
        assertThat(runWithUrl(PodScripts.upload(List.of("TASK_RESULTS_DIR")))).isEqualTo(1);
    }

    @Test
    void theComponentsStdoutAndStderrBecomeTwoLogsAndTheLastStderrLineIsKept() throws Exception {
        Files.createDirectories(root.resolve("status"));
        Process fifo = new ProcessBuilder("mkfifo", root.resolve("status/stderr-pipe").toString()).start();
        assertThat(fifo.waitFor()).isZero();
        Path entry = Files.writeString(Files.createDirectories(root.resolve("app")).resolve("main.sh"),
                "echo working; echo 'first problem' >&2; echo 'last problem' >&2; echo >&2; echo done; exit 4\n");
        Path termination = root.resolve("termination-log");
        Process stderrStep = new ProcessBuilder("sh", "-c", here(PodScripts.stderr(), termination)).redirectErrorStream(true).start();
        Process component = new ProcessBuilder("sh", "-c", here(PodScripts.component("main.sh").get(2), termination), entry.toString())
                .redirectErrorStream(true).start();

        String stdout = new String(component.getInputStream().readAllBytes());
        String stderr = new String(stderrStep.getInputStream().readAllBytes());
        assertThat(component.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(stderrStep.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(component.exitValue()).isEqualTo(4);
        assertThat(stderrStep.exitValue()).isZero();
        assertThat(Files.readString(root.resolve("status/exit")).trim()).isEqualTo("4");
        assertThat(stdout).isEqualTo("working\ndone\n");
        assertThat(stderr).isEqualTo("first problem\nlast problem\n\n");
        assertThat(Files.readString(termination).trim()).isEqualTo("last problem");
    }

    @Test
    void outsideAPodTheComponentStillRunsAndExitsWithItsStatus() throws Exception {
        Path entry = Files.writeString(Files.createDirectories(root.resolve("app")).resolve("main.sh"), "echo working; echo oops >&2; exit 5\n");
        // As a test driver might run it: the pod's command as it is, with no FIFO and no /bytenite.
        Process component = new ProcessBuilder("sh", "-c", PodScripts.component("main.sh").get(2), entry.toString())
                .redirectErrorStream(true).start();
        String output = new String(component.getInputStream().readAllBytes());
        assertThat(component.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(component.exitValue()).isEqualTo(5);
        assertThat(output).isEqualTo("working\noops\n");
    }

    @Test
    void theStderrStepEndsWhenTheComponentExitedWithoutEverOpeningTheFifo() throws Exception {
        Files.createDirectories(root.resolve("status"));
        Process fifo = new ProcessBuilder("mkfifo", root.resolve("status/stderr-pipe").toString()).start();
        assertThat(fifo.waitFor()).isZero();
        // As when the component's shell cannot start its entry point, or cannot open the FIFO.
        Files.writeString(root.resolve("status/exit"), "127\n");
        Process stderrStep = new ProcessBuilder("sh", "-c", here(PodScripts.stderr(), root.resolve("termination-log")))
                .redirectErrorStream(true).start();
        assertThat(stderrStep.waitFor(PodScripts.STDERR_GRACE_SECONDS - 5, TimeUnit.SECONDS)).as("well before its grace ends").isTrue();
        assertThat(stderrStep.exitValue()).isZero();
        assertThat(new String(stderrStep.getInputStream().readAllBytes())).isEmpty();
    }

    /** A pod script with its paths moved under the temporary folder. */
    private String here(String script, Path termination) {
        return script.replace(PodScripts.TERMINATION_LOG, termination.toString()).replace(PodScripts.ROOT, root.toString());
    }
}
