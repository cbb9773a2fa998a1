package com.bytenite.sdk.local.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pods' helper steps run here with {@code sh}, the pod's folders under a temporary folder. */
class PodScriptsTest {
    /** Nothing listens on port 1: every request is refused at once. */
    private static final String REFUSING = "http://127.0.0.1:1/local/stages/0f3a";

    @TempDir
    Path root;

    private ProcessBuilder withUrl(ProcessBuilder pb) {
        pb.environment().put(PodScripts.STAGE_URL, REFUSING);
        pb.environment().put("INDEX", "0");
        return pb;
    }

    private int runWithUrl(String script) throws Exception {
        Process p = withUrl(new ProcessBuilder("sh", "-c", script.replace(PodScripts.ROOT, root.toString()))).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
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
    void theComponentRecordsItsStatusAndLastStderrLineAndExitsWithTheStatus() throws Exception {
        Files.createDirectories(root.resolve("status"));
        Path entry = Files.writeString(Files.createDirectories(root.resolve("app")).resolve("main.sh"),
                "echo working; echo 'first problem' >&2; echo 'last problem' >&2; echo done; exit 4\n");
        List<String> command = PodScripts.component("main.sh");
        Path termination = root.resolve("termination-log");
        String script = command.get(2).replace(PodScripts.TERMINATION_LOG, termination.toString()).replace(PodScripts.ROOT, root.toString());
        Process p = new ProcessBuilder("sh", "-c", script, entry.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(4);
        assertThat(Files.readString(root.resolve("status/exit")).trim()).isEqualTo("4");
        assertThat(Files.readString(termination).trim()).isEqualTo("last problem");
        assertThat(output).contains("working", "first problem", "last problem", "done");
    }
}
