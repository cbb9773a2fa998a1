package com.bytenite.sdk.local.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.dev.DevService;
import com.bytenite.sdk.jobs.DataDestination;
import com.bytenite.sdk.jobs.DataSource;
import com.bytenite.sdk.jobs.Job;
import com.bytenite.sdk.jobs.JobsService;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded {@code -standalone.jar} as users start it, {@code java -jar … --executor kubernetes},
 * with a kubeconfig pointing at fabric8's mock API server (HTTPS with its own certificate, hence
 * {@code insecure-skip-tls-verify}): the executor is found in the jar, and a job's app stage runs on
 * the "cluster" ({@link TestKubelet}).
 */
@EnableKubernetesMockClient(crud = true)
class StandaloneJarIT {
    static KubernetesClient client;
    static KubernetesMockServer server;

    private static final String READY = "Local ByteNite listening on ";
    private static final String API_KEY = "standalone-jar-it-key";

    @TempDir
    Path dir;

    @Test
    void theStandaloneJarRunsAppStagesOnTheClusterItsKubeconfigNames() throws Exception {
        Path app = Files.createDirectories(dir.resolve("shout/app")).getParent();
        Files.writeString(app.resolve("app/main.sh"), "tr a-z A-Z < \"$TASK_DIR/data.bin\" > \"$TASK_RESULTS_DIR/shouted.txt\"\n");
        Files.writeString(app.resolve("manifest.json"), "{\"name\":\"shout\",\"version\":\"1.0\",\"platform\":\"docker\","
                + "\"entrypoint\":\"main.sh\",\"platform_config\":{\"container\":\"alpine:3.20\"}}");
        Path kubeconfig = Files.writeString(dir.resolve("kubeconfig"), String.join("\n", "apiVersion: v1", "kind: Config",
                "current-context: mock", "clusters:", "- name: mock", "  cluster: {server: '" + server.url("/") + "', insecure-skip-tls-verify: true}",
                "contexts:", "- name: mock", "  context: {cluster: mock, user: me, namespace: bytenite}",
                "users:", "- name: me", "  user: {token: mock-token}", ""));
        Path jar = Path.of(System.getProperty("bytenite.standaloneJar"));
        Path log = dir.resolve("server.log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar",
                jar.toString(), "--port", "0", "--api-key", API_KEY, "--app-folder", app.toString(), "--executor", "kubernetes",
                "--executor-option", "kubeconfig=" + kubeconfig).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try (TestKubelet kubelet = new TestKubelet(client, server, "bytenite", dir.resolve("kubelet"), TestKubelet.Mode.RUN)) {
            String baseUrl = awaitReady(process, log);
            try (ByteNiteHttp http = ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(baseUrl).apiKey(API_KEY).build())) {
                Path template = Files.writeString(dir.resolve("template.json"), "{\"id\":\"shout-t\",\"app\":\"shout\",\"partitioner\":"
                        + "\"passthrough\",\"assembler\":\"passthrough\"}");
                new DevService(http.context()).templates().push(template);
                Job done = new JobsService(http.context()).create("shout-t").source(DataSource.upload(Files.writeString(dir.resolve("in.txt"), "hi")))
                        .destination(DataDestination.temporaryBucket()).submit().awaitCompletion(Duration.ofSeconds(60));
                assertThat(Files.readString(log)).as("the server's output").doesNotContain("WARNING", "SEVERE", "Exception")
                        .contains("warning: the executor's tasks fetch their inputs from " + baseUrl + ", which only this machine reaches");
                List<Path> results = done.downloadResults(dir.resolve("out"));
                assertThat(results).singleElement().satisfies(p -> assertThat(Files.readString(p)).isEqualTo("HI"));
            }
            assertThat(kubelet.jobs).as("the app stage ran as a Job in the kubeconfig's namespace").singleElement()
                    .satisfies(job -> assertThat(job.getMetadata().getNamespace()).isEqualTo("bytenite"));
        } finally {
            process.destroy();
            process.waitFor();
            // Kept where the build's reports are, for when this test fails.
            Files.copy(log, Path.of("target", "failsafe-reports", "StandaloneJarIT-server.log"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Waits until the server's output says where it listens. */
    private static String awaitReady(Process process, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : Files.readAllLines(log)) {
                if (line.startsWith(READY)) {
                    return line.substring(READY.length()).trim();
                }
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the standalone jar ended before listening:\n" + Files.readString(log));
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the standalone jar did not listen within 60 s:\n" + Files.readString(log));
    }
}
